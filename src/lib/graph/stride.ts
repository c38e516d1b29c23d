import type { MuscleNode } from './graph';
import { PHASES, type Phase } from '../content/taxonomy';

/** What happens to the leg in each phase, in a sentence, for the stride view. */
export const PHASE_DESCRIPTIONS: Record<Phase, string> = {
  landing:
    'The foot meets the ground just ahead of the hips and the leg takes the impact, bending a little at the knee and ankle to soak it up.',
  stance:
    'The body rolls forward over the planted foot while the leg bears the whole load and keeps the hips and trunk level.',
  'push-off':
    'The hip and knee straighten and the ankle points down, driving the ground backward until the toes leave it.',
  swing:
    'Off the ground, the leg folds, the thigh is pulled forward and the foot is brought back under you ready for the next contact.',
};

/** One phase of the stride with the groups that work in it and what each does there. */
export interface PhaseWork<M> {
  phase: Phase;
  groups: { muscle: M; role: string }[];
}

/**
 * The stride seen phase by phase, read from each group's `stride.phases`, so the stride view
 * and the muscle pages show one set of facts. Groups keep the order they are given in.
 */
export function strideByPhase<M extends MuscleNode>(muscles: readonly M[]): PhaseWork<M>[] {
  return PHASES.map((phase) => ({
    phase,
    groups: muscles.flatMap((muscle) => {
      const entry = muscle.data.stride.phases.find((p) => p.phase === phase);
      return entry ? [{ muscle, role: entry.role }] : [];
    }),
  }));
}

/** The id of a phase's section on the stride view, for links from the muscle pages. */
export function phaseAnchor(phase: Phase): string {
  return `phase-${phase}`;
}

/** The id of a phase's still frame of the runner, for links from the phase sections. */
export function runnerMoment(phase: Phase): string {
  return `moment-${phase}`;
}
