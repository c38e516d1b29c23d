import { describe, expect, it } from 'vitest';
import { CYCLE, PHASE_WINDOWS, RUN_300, SLOW_MOTION } from '../../src/lib/figure/stride/gait';
import {
  buildRunner,
  describeRunner,
  runnerCss,
  strideKeyframes,
  type GroupPhases,
  type Runner,
} from '../../src/lib/figure/stride/runner';
import { solve } from '../../src/lib/figure/pose/kinematics';
import type { Phase } from '../../src/lib/content/taxonomy';

// Columns of RUN_300, as its comment lists them.
const TIME = 0;
const PELVIS_TY = 2;
const KNEE_R = 4;

describe('the measured stride (RUN_300)', () => {
  it('holds every second sample of one 0.72 s cycle, 14 columns a row', () => {
    // 1.24 s to 1.94 s in steps of 0.02 s: 36 rows; the next one (1.96 s) is the next strike.
    expect(RUN_300).toHaveLength(36);
    for (const row of RUN_300) expect(row).toHaveLength(14);
    expect(RUN_300[0]![TIME]).toBe(CYCLE.start);
    expect(RUN_300[35]![TIME]).toBeCloseTo(CYCLE.end - 0.02, 9);
    RUN_300.forEach((row, i) => expect(row[TIME]).toBeCloseTo(1.24 + 0.02 * i, 9));
    expect(CYCLE).toEqual({ start: 1.24, end: 1.96 });
  });

  it('bends the right knee far more in swing than at foot strike (knee flexion is negative)', () => {
    const atStrike = -RUN_300[0]![KNEE_R]!;
    const inSwing = Math.max(...RUN_300.filter((r) => r[TIME]! > 1.53).map((r) => -r[KNEE_R]!));
    expect(atStrike).toBeCloseTo(0.306958, 6);
    expect(inSwing).toBeCloseTo(1.70936, 5);
    expect(inSwing).toBeGreaterThan(3 * atStrike);
  });

  it('has the pelvis at its lowest in stance at the deepest knee bend (1.36 s)', () => {
    const stance = RUN_300.filter((r) => r[TIME]! <= 1.52);
    const lowest = stance.reduce((a, b) => (b[PELVIS_TY]! < a[PELVIS_TY]! ? b : a));
    expect(lowest[TIME]).toBe(1.36);
  });
});

describe('the phase windows', () => {
  it('split the cycle at the documented events, end to end', () => {
    expect(PHASE_WINDOWS.landing.from).toBe(0);
    expect(PHASE_WINDOWS.landing.to).toBeCloseTo(0.08 / 0.72, 9);
    expect(PHASE_WINDOWS.stance.from).toBe(PHASE_WINDOWS.landing.to);
    expect(PHASE_WINDOWS.stance.to).toBeCloseTo(0.25, 9);
    expect(PHASE_WINDOWS['push-off'].from).toBe(PHASE_WINDOWS.stance.to);
    expect(PHASE_WINDOWS['push-off'].to).toBeCloseTo(0.29 / 0.72, 9);
    expect(PHASE_WINDOWS.swing.from).toBe(PHASE_WINDOWS['push-off'].to);
    expect(PHASE_WINDOWS.swing.to).toBe(1);
  });

  it('take each still inside its own window', () => {
    for (const w of Object.values(PHASE_WINDOWS)) {
      const f = (w.still - 1.24) / 0.72;
      expect(f).toBeGreaterThanOrEqual(w.from);
      expect(f).toBeLessThan(w.to);
    }
    expect(SLOW_MOTION).toBe(4);
  });
});

describe('strideKeyframes', () => {
  const lowest = (k: ReturnType<typeof strideKeyframes>[number], side: 'left' | 'right') => {
    const s = solve(k);
    return Math.min(s[side].heel[1], s[side].ball[1], s[side].toe[1]);
  };

  it('gives one keyframe per sample, labelled by its time', () => {
    const frames = strideKeyframes();
    expect(frames).toHaveLength(36);
    expect(frames[0]!.label).toBe('t1.24');
    expect(frames[35]!.label).toBe('t1.94');
    expect(frames[3]!.label).toBe('t1.3');
  });

  it("turns the first sample's radians into the figure's degrees and signs", () => {
    const frames = strideKeyframes();
    const k = frames[0]!;
    // Hip from the trunk: hip_flexion_r - lumbar_extension = 0.532353 + 0.0424445 rad.
    expect(k.right.hip).toEqual({ flex: 32.9, abd: 0, rot: 0 });
    expect(k.right.knee).toBe(17.6);
    expect(k.right.ankle).toBe(9.7);
    expect(k.right.shoulder).toEqual({ flex: -44, abd: 0, rot: 0 });
    expect(k.right.elbow).toBe(110.1);
    expect(k.right.wrist).toBe(0);
    expect(k.left.hip.flex).toBe(-1.3);
    expect(k.left.knee).toBe(55.7);
    expect(k.left.ankle).toBe(-12.5);
    expect(k.left.shoulder.flex).toBe(-29.4);
    expect(k.left.elbow).toBe(130.3);
    // Forward lean: -(pelvis_tilt + lumbar_extension) = 0.1705835 rad.
    expect(k.trunk).toEqual({ lean: 9.8, side: 0, twist: 0 });
    expect(k.neck).toBe(0);
    expect(k.root.x).toBe(0);
    expect(k.root.z).toBe(0);
    expect(k.contacts).toEqual([]);
    expect(k.steps).toEqual([1]);
    expect(k.describe).toBe('A moment of the stride.');
  });

  it('stands on the right foot from 1.24 s to 1.52 s', () => {
    const frames = strideKeyframes();
    frames.slice(0, 15).forEach((k) => {
      expect(Math.abs(lowest(k, 'right'))).toBeLessThan(0.001);
      expect(lowest(k, 'left')).toBeGreaterThan(0);
    });
  });

  it('stands on the left foot from 1.60 s to 1.86 s', () => {
    const frames = strideKeyframes();
    frames.slice(18, 32).forEach((k) => {
      expect(Math.abs(lowest(k, 'left'))).toBeLessThan(0.001);
      expect(lowest(k, 'right')).toBeGreaterThan(0.01);
    });
  });

  it('keeps the rest of the stride above the floor, the foot that left it clear of it', () => {
    const frames = strideKeyframes();
    for (const i of [15, 16, 17, 32, 33, 34, 35]) {
      expect(lowest(frames[i]!, 'left')).toBeGreaterThan(-0.01);
      expect(lowest(frames[i]!, 'right')).toBeGreaterThan(-0.01);
    }
    for (const i of [15, 16, 17]) expect(lowest(frames[i]!, 'right')).toBeGreaterThan(0.015);
    for (const i of [32, 33, 34, 35]) expect(lowest(frames[i]!, 'left')).toBeGreaterThan(0.015);
  });

  it('moves the pelvis in flight as measured, plus a steady drift that joins the stances', () => {
    const frames = strideKeyframes();
    // Between the last right-stance sample (14) and the first left-stance one (18), and from the
    // last left-stance sample (31) round to the strike again (0), each step of the figure's
    // height is the measured step (pelvis_ty / 1.75 m) plus the same drift.
    const y = (i: number) => frames[i % 36]!.root.y;
    const ty = (i: number) => RUN_300[i % 36]![PELVIS_TY]! / 1.75;
    const drift = (i: number) => y(i + 1) - y(i) - (ty(i + 1) - ty(i));
    for (const run of [
      [14, 15, 16, 17],
      [31, 32, 33, 34, 35],
    ]) {
      for (const i of run) expect(Math.abs(drift(i) - drift(run[0]!))).toBeLessThan(0.0021);
    }
    for (let i = 0; i < 36; i++) expect(Math.abs(y(i + 1) - y(i))).toBeLessThan(0.015);
  });

  it('rounds heights to thousandths of body height', () => {
    const frames = strideKeyframes();
    for (const k of frames) expect(Math.round(k.root.y * 1000)).toBeCloseTo(k.root.y * 1000, 6);
  });
});

const PHASES_OF: GroupPhases = new Map<string, Phase[]>([
  ['quadriceps', ['landing', 'stance']],
  ['calves', ['push-off']],
  ['hamstrings', ['swing', 'landing']],
]);

describe('buildRunner', () => {
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('takes one cycle at a quarter speed: 0.72 s × 4', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    expect(runner.seconds).toBe(2.88);
    expect(runner.motionCss).toContain('#demo-stride .fig-moving g{animation-duration:2.88s}');
  });

  it('loops through every other sample, without holds', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    // 18 keyframes in the loop, so the second starts at 1/18 of it.
    expect(runner.motionCss).toContain('@keyframes stride-right-thigh{0%,100%{transform:');
    expect(runner.motionCss).toContain('}5.6%{transform:');
    expect(runner.motionCss).toContain('}94.4%{transform:');
    expect(runner.motionCss).not.toContain('}97.2%{');
    expect(runner.motionCss).not.toContain('}2.8%{');
  });

  it('starts the loop at foot strike and steps two samples (0.04 s) at a time', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    const frames = strideKeyframes();
    const trunk = /@keyframes stride-trunk\{([^@]*)\}#demo/.exec(runner.motionCss)![1]!;
    const ys = [...trunk.matchAll(/translate\(0px,(-[\d.]+)px\)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(18);
    expect(ys[0]).toBeCloseTo(-100 * frames[0]!.root.y, 6);
    expect(ys[1]).toBeCloseTo(-100 * frames[2]!.root.y, 6);
    expect(ys[17]).toBeCloseTo(-100 * frames[34]!.root.y, 6);
  });

  it('draws every muscle area of the near side only, each named for CSS', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    expect(count(runner.animated, 'class="g g-quadriceps" data-muscle="quadriceps"')).toBe(1);
    expect(count(runner.animated, 'class="g g-calves"')).toBe(1);
    expect(count(runner.animated, 'href="/sprite.svg#thigh-side" class="o"')).toBe(2);
    expect(runner.animated).toContain('class="k-right-thigh"');
  });

  it('reports the size of its view box', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    const [, , w, h] = runner.viewBox.split(' ').map(Number);
    expect(runner.width).toBe(w);
    expect(runner.height).toBe(h);
    expect(runner.width).toBeGreaterThan(30);
    expect(runner.height).toBeGreaterThan(90);
  });

  it('has one still per phase, lit with the chosen groups that work in it', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    const stills = runner.stills(['quadriceps', 'calves']);
    expect(stills.map((s) => s.phase)).toEqual(['landing', 'stance', 'push-off', 'swing']);
    expect(stills.map((s) => s.lit)).toEqual([['quadriceps'], ['quadriceps'], ['calves'], []]);
    const [landing, , pushOff, swing] = stills;
    expect(count(landing!.markup, 'class="p" data-muscle="quadriceps"')).toBe(1);
    expect(landing!.markup).not.toContain('data-muscle="hamstrings"');
    expect(landing!.markup).not.toContain('data-muscle="calves"');
    expect(count(pushOff!.markup, 'class="p" data-muscle="calves"')).toBe(1);
    expect(swing!.markup).not.toContain('data-muscle=');
    expect(landing!.markup).not.toContain('class="k-');
  });

  it('shows four different moments, the pelvis lowest at mid-stance', () => {
    const runner = buildRunner('/sprite.svg', PHASES_OF);
    const stills = runner.stills([]);
    expect(new Set(stills.map((s) => s.markup)).size).toBe(4);
    // The trunk is the first placed group: translate(0 -100·height).
    const pelvis = (m: string) => -Number(/<g transform="translate\(0 (-[\d.]+)\)/.exec(m)![1]);
    const [landing, stance, pushOff, swing] = stills.map((s) => pelvis(s.markup));
    expect(stance).toBeLessThan(landing!);
    expect(stance).toBeLessThan(pushOff!);
    expect(stance).toBeLessThan(swing!);
    // At 1.36 s the right foot carries the body: 48.7 units of pelvis height.
    expect(stance).toBeCloseTo(48.7, 1);
  });
});

describe('runnerCss', () => {
  const runner = { motionCss: '/*motion*/', seconds: 2 } as Runner;
  const loop = (name: string, timing: string) =>
    `{animation-name:${name};animation-duration:2s;animation-timing-function:${timing};animation-iteration-count:infinite}`;

  it('starts with the motion and adds a moving marker over the cycle', () => {
    const css = runnerCss(runner, PHASES_OF);
    expect(
      css.startsWith(
        '/*motion*/@keyframes stride-now{from{transform:none}to{transform:translateX(99px)}}',
      ),
    ).toBe(true);
    expect(css).toContain(`#demo-stride .now${loop('stride-now', 'linear')}`);
  });

  it('has one lighting rule per group, switching at the phase boundaries', () => {
    const css = runnerCss(runner, PHASES_OF);
    expect(css.match(/@keyframes stride-lit-/g)).toHaveLength(3);
    expect(css).toContain('animation-iteration-count:infinite}@keyframes stride-lit-calves{');
    expect(css).toContain(
      '@keyframes stride-lit-calves{0%{fill:var(--color-figure-body)}11.1%{fill:var(--color-figure-body)}25%{fill:var(--color-figure-active)}40.3%{fill:var(--color-figure-body)}}',
    );
    expect(css).toContain(
      '@keyframes stride-lit-hamstrings{0%{fill:var(--color-figure-active)}11.1%{fill:var(--color-figure-body)}25%{fill:var(--color-figure-body)}40.3%{fill:var(--color-figure-active)}}',
    );
    expect(css).toContain(
      `[data-lit~="calves"] .fig-moving .g-calves${loop('stride-lit-calves', 'step-end')}`,
    );
  });
});

describe('describeRunner', () => {
  const names = new Map([
    ['quadriceps', 'Quads'],
    ['calves', 'Calves'],
    ['hamstrings', 'Hamstrings'],
  ]);

  it('names the lit groups working in each phase, in the order lit', () => {
    expect(describeRunner(PHASES_OF, names, ['calves', 'quadriceps'])).toBe(
      'A runner seen from the side through one full stride (one runner at an easy 3 metres a second, measured on a treadmill), at a quarter of real speed. Lit in each phase, landing: Quads; mid-stance: Quads; push-off: Calves; swing: not working.',
    );
  });

  it('lists two groups working in one phase with a comma', () => {
    expect(describeRunner(PHASES_OF, names, ['hamstrings', 'quadriceps'])).toContain(
      'landing: Hamstrings, Quads; mid-stance: Quads; push-off: not working; swing: Hamstrings.',
    );
  });

  it('says no group works when none is lit or a group has no phases listed', () => {
    const text = describeRunner(PHASES_OF, names, ['unknown']);
    expect(text).toContain(
      'landing: not working; mid-stance: not working; push-off: not working; swing: not working.',
    );
  });
});
