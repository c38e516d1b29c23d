import type { ExerciseNode, Graph, KindGroup, MuscleNode } from '../graph/graph';
import type { Heading } from './toc';

/**
 * Sections that layouts add around an MDX body. Components render them and pages list
 * them in the table of contents from this one definition, so the two cannot drift apart.
 */
export const SECTIONS = {
  atAGlance: { slug: 'at-a-glance', text: 'At a glance' },
  inTheStride: { slug: 'in-the-stride', text: 'When it works in the stride' },
  demonstration: { slug: 'see-it-move', text: 'See it move' },
  howToDoIt: { slug: 'how-to-do-it', text: 'How to do it' },
  ladder: { slug: 'ladder', text: 'The ladder: easier to harder' },
  strideRunner: { slug: 'in-motion', text: 'One stride in motion' },
  strideChart: { slug: 'stride-chart', text: 'Every group across the stride' },
  helpsWith: { slug: 'helps-with', text: 'Helps with' },
  seeAProfessional: { slug: 'see-a-professional', text: 'When to see a professional' },
  musclesInvolved: { slug: 'muscle-groups-involved', text: 'The muscle groups involved' },
  evidencedExercises: {
    slug: 'exercises-with-evidence',
    text: 'Exercises with evidence behind them',
  },
  whatToAvoid: { slug: 'what-to-avoid', text: 'What to avoid' },
  inPrograms: { slug: 'in-programs', text: 'In these programs' },
  whereSessionsGo: { slug: 'where-sessions-go', text: 'Where the sessions go' },
  progression: { slug: 'progression', text: 'How it progresses' },
  references: { slug: 'references', text: 'References' },
} as const;

export type Section = { slug: string; text: string };

export const asHeading = (section: Section): Heading => ({ depth: 2, ...section });

export interface ExerciseSection<E> extends Section {
  groups: KindGroup<E>[];
  /** Cards without summaries: the name and tags say enough where the group only assists. */
  compact: boolean;
}

/** Past this many exercises, a muscle page's list of targeting exercises drops its summaries. */
export const FULL_CARDS_UP_TO = 8;

/**
 * A muscle page's exercise lists: those that target it, then those that also work it. Long
 * lists and the assisting list show compact cards, which keeps figure pages inside their
 * page-weight budget; the browse page for the group shows every card in full.
 */
export function muscleExerciseSections<M extends MuscleNode, E extends ExerciseNode>(
  graph: Graph<M, E>,
  muscle: M,
): ExerciseSection<E>[] {
  const { primary, secondary } = graph.exercisesFor(muscle.id);
  const name = muscle.data.name.toLowerCase();
  return [
    {
      slug: 'exercises',
      text: `Exercises that target the ${name}`,
      groups: graph.byKind(primary),
      compact: primary.length > FULL_CARDS_UP_TO,
    },
    {
      slug: 'also-works',
      text: `Exercises that also work the ${name}`,
      groups: graph.byKind(secondary),
      compact: true,
    },
  ].filter((s) => s.groups.length > 0);
}

/** The section of one week of a program; its id is also the week's link target. */
export const weekSection = (week: number): Section => ({
  slug: `week-${week}`,
  text: `Week ${week}`,
});
