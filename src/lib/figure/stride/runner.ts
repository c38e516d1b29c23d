import { PHASES, type Phase } from '../../content/taxonomy';
import { solve } from '../pose/kinematics';
import { renderDemo, type Demo } from '../pose/render';
import type { Keyframe, PoseFile, SidePose } from '../pose/schema';
import type { MuscleGroupId } from '../pose/shapes';
import { CYCLE, PHASE_WINDOWS, RUN_300, SLOW_MOTION } from './gait';

/**
 * The runner of the stride view: the measured stride (gait.ts) turned into the figure's
 * keyframes, an animation over one cycle, one still frame per phase, and CSS that lights each
 * muscle group during the phases its frontmatter names.
 */

const DEG = 180 / Math.PI;
const deg = (rad: number) => Math.round(rad * DEG * 10) / 10;

/** Stature assumed to turn the pelvis's measured rise and fall (metres) into body heights. */
const STATURE_M = 1.75;

/** Right and left foot contact in the data (seconds with force under that foot). */
const STANCE = { right: [1.24, 1.52], left: [1.59, 1.87] } as const;

type Row = readonly number[];
const col = (row: Row, i: number) => row[i]!;

function limb(
  hip: number,
  knee: number,
  ankle: number,
  arm: number,
  elbow: number,
  lumbar: number,
): SidePose {
  return {
    // The figure's pelvis and trunk are one piece, so the hip angle is taken from the trunk.
    hip: { flex: deg(hip - lumbar), abd: 0, rot: 0 },
    knee: deg(-knee),
    ankle: deg(ankle),
    shoulder: { flex: deg(arm), abd: 0, rot: 0 },
    elbow: deg(elbow),
    wrist: 0,
  };
}

function keyframeOf(row: Row, y: number): Keyframe {
  const [t, tilt, , hipR, kneeR, ankleR, hipL, kneeL, ankleL, lumbar, armR, elbowR, armL, elbowL] =
    row as number[];
  return {
    label: `t${t}`,
    describe: 'A moment of the stride.',
    steps: [1],
    root: { x: 0, y, z: 0 },
    trunk: { lean: deg(-(tilt! + lumbar!)), side: 0, twist: 0 },
    neck: 0,
    right: limb(hipR!, kneeR!, ankleR!, armR!, elbowR!, lumbar!),
    left: limb(hipL!, kneeL!, ankleL!, armL!, elbowL!, lumbar!),
    contacts: [],
  };
}

const lowestOf = (s: ReturnType<typeof solve>, side: 'left' | 'right') =>
  Math.min(s[side].heel[1], s[side].ball[1], s[side].toe[1]);

/**
 * The stride as keyframes. In stance the figure stands on its stance foot; in flight its
 * pelvis keeps the measured rise and fall, joined to the stance heights either side.
 */
export function strideKeyframes(): Keyframe[] {
  const onFoot = (t: number) =>
    t >= STANCE.right[0] && t <= STANCE.right[1]
      ? 'right'
      : t >= STANCE.left[0] && t <= STANCE.left[1]
        ? 'left'
        : null;
  const heights = RUN_300.map((row) => {
    const foot = onFoot(col(row, 0));
    return foot ? -lowestOf(solve(keyframeOf(row, 0)), foot) : null;
  });
  // Flight: the measured pelvis height, offset to meet the stance heights on either side.
  const offset = RUN_300.map((row, i) => {
    const h = heights[i];
    return h === null || h === undefined ? null : h - col(row, 2) / STATURE_M;
  });
  const n = RUN_300.length;
  return RUN_300.map((row, i) => {
    let y = heights[i];
    if (y === null || y === undefined) {
      let a = i;
      let b = i;
      while (offset[(a + n) % n] === null) a--;
      while (offset[b % n] === null) b++;
      const k = (i - a) / (b - a);
      const o = offset[(a + n) % n]! * (1 - k) + offset[b % n]! * k;
      y = col(row, 2) / STATURE_M + o;
    }
    return keyframeOf(row, Math.round(y * 1000) / 1000);
  });
}

/** The sample nearest a time in the cycle. */
const indexAt = (t: number) =>
  RUN_300.reduce(
    (best, row, i) => (Math.abs(col(row, 0) - t) < Math.abs(col(RUN_300[best]!, 0) - t) ? i : best),
    0,
  );

export interface Runner {
  viewBox: string;
  width: number;
  height: number;
  /** The animated runner's markup, every muscle area with a class naming its group. */
  animated: string;
  /** Seconds one cycle takes on screen. */
  seconds: number;
  /** The motion: CSS keyframes of every moving part. */
  motionCss: string;
  /** One still frame per phase with the given groups lit where their phases include it. */
  stills(lit: readonly string[]): { phase: Phase; markup: string; lit: string[] }[];
}

/** The phases of the stride in which each group works, from its frontmatter. */
export type GroupPhases = ReadonlyMap<string, readonly Phase[]>;

export function buildRunner(href: string, phases: GroupPhases): Runner {
  const keyframes = strideKeyframes();
  const seconds = Math.round((CYCLE.end - CYCLE.start) * SLOW_MOTION * 100) / 100;
  const data: PoseFile = { view: 'side', seconds, props: [], keyframes };
  const skeletons = keyframes.map((k) => solve(k));
  const none = { primary: new Set<MuscleGroupId>(), secondary: new Set<MuscleGroupId>() };
  // Every other sample (0.04 s of the stride) is enough for a smooth loop at a quarter speed
  // and halves the stylesheet.
  const motion: PoseFile = { ...data, keyframes: keyframes.filter((_, i) => i % 2 === 0) };
  const moving: Demo = renderDemo(
    'stride',
    motion,
    skeletons.filter((_, i) => i % 2 === 0),
    { mode: 'sprite', href, worked: none, every: true, nearOnly: true },
    { hold: 0 },
  );
  const stills = (lit: readonly string[]) =>
    PHASES.map((phase) => {
      const here = [...phases]
        .filter(([id, list]) => lit.includes(id) && list.includes(phase))
        .map(([id]) => id);
      const worked = {
        primary: new Set(here as MuscleGroupId[]),
        secondary: new Set<MuscleGroupId>(),
      };
      const index = indexAt(PHASE_WINDOWS[phase].still);
      const frame: PoseFile = { ...data, keyframes: [keyframes[index]!, keyframes[index]!] };
      const demo = renderDemo('stride', frame, [skeletons[index]!, skeletons[index]!], {
        mode: 'sprite',
        href,
        worked,
        nearOnly: true,
      });
      return { phase, lit: here, markup: demo.frames[0]! };
    });
  return {
    viewBox: moving.viewBox,
    width: moving.width,
    height: moving.height,
    animated: moving.animated,
    seconds,
    motionCss: moving.css,
    stills,
  };
}

/** CSS for the runner's motion and, per group, keyframes that light it during its phases. */
export function runnerCss(runner: Runner, phases: GroupPhases): string {
  const pct = (f: number) => `${Math.round(f * 1000) / 10}%`;
  // Longhands, so the pause control's animation-play-state still applies.
  const loop = (name: string, timing: string) =>
    `animation-name:${name};animation-duration:${runner.seconds}s;animation-timing-function:${timing};animation-iteration-count:infinite`;
  const lighting = [...phases].map(([id, list]) => {
    const stops = PHASES.map((phase) => {
      const on = list.includes(phase);
      return `${pct(PHASE_WINDOWS[phase].from)}{fill:var(${on ? '--color-figure-active' : '--color-figure-body'})}`;
    });
    const name = `stride-lit-${id}`;
    return `@keyframes ${name}{${stops.join('')}}[data-lit~="${id}"] .fig-moving .g-${id}{${loop(name, 'step-end')}}`;
  });
  const now = `@keyframes stride-now{from{transform:none}to{transform:translateX(99px)}}#demo-stride .now{${loop('stride-now', 'linear')}}`;
  return `${runner.motionCss}${now}${lighting.join('')}`;
}

const PHASE_WORDS: Record<Phase, string> = {
  landing: 'landing',
  stance: 'mid-stance',
  'push-off': 'push-off',
  swing: 'swing',
};

/** The runner in words: what it shows and which groups light up in each phase. */
export function describeRunner(
  phases: GroupPhases,
  names: ReadonlyMap<string, string>,
  lit: readonly string[],
): string {
  const speed = 'one runner at an easy 3 metres a second, measured on a treadmill';
  const parts = PHASES.map((phase) => {
    const here = lit.filter((id) => phases.get(id)?.includes(phase)).map((id) => names.get(id));
    return `${PHASE_WORDS[phase]}: ${here.length ? here.join(', ') : 'not working'}`;
  });
  return `A runner seen from the side through one full stride (${speed}), at a quarter of real speed. Lit in each phase, ${parts.join('; ')}.`;
}
