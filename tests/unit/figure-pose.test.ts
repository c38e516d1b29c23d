import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type Keyframe, type PoseFile } from '../../src/lib/figure/pose/schema';
import { PoseError, validatePoses } from '../../src/lib/figure/pose/validate';
import { buildDemo } from '../../src/lib/figure/pose/demo';
import { spriteSvg } from '../../src/lib/figure/pose/render';
import { SHAPES } from '../../src/lib/figure/pose/shapes';
import { solidOf } from '../../src/lib/figure/pose/props';
import { buildScene } from '../../src/lib/figure/pose/scene';
import { RANGE_OF_MOTION } from '../../src/lib/figure/pose/range-of-motion';

const side = (hip = 0, knee = 0, ankle = 0) => ({
  hip: { flex: hip },
  knee,
  ankle,
  shoulder: { flex: 0 },
  elbow: 10,
});
const feet = ['left.heel', 'left.toe', 'right.heel', 'right.toe'].map((part) => ({
  part,
  on: 'floor',
}));
/** Standing: hip joints at 0.530 of height (Winter's greater trochanter), so the soles are on the floor. */
const standing = (over: Record<string, unknown> = {}) => ({
  label: 'Stand',
  describe: 'Standing tall with both feet flat.',
  steps: [1],
  root: { x: 0, y: 0.53 },
  trunk: { lean: 0 },
  left: side(),
  right: side(),
  contacts: feet,
  ...over,
});
const file = (...keyframes: unknown[]): PoseFile =>
  poseFileSchema.parse({
    view: 'side',
    props: [{ id: 'box', kind: 'box', x: 0.3, y: 0 }],
    keyframes,
  });

describe('forward kinematics', () => {
  it('stacks hip, knee and ankle at Winter 2009 heights when standing', () => {
    const s = solve(
      poseFileSchema.parse({ view: 'side', keyframes: [standing(), standing()] }).keyframes[0]!,
    );
    expect(s.right.knee[1]).toBeCloseTo(0.285, 3);
    expect(s.right.ankle[1]).toBeCloseTo(0.039, 3);
    expect(s.right.heel[1]).toBeCloseTo(0, 3);
    expect(s.shoulderCentre[1]).toBeCloseTo(0.818, 3);
  });

  it('puts the knee straight ahead of the hip at 90° of hip flexion', () => {
    const frame = file(standing(), standing()).keyframes[0]!;
    const s = solve({ ...frame, right: { ...frame.right, hip: { flex: 90, abd: 0, rot: 0 } } });
    expect(s.right.knee[0] - s.right.hip[0]).toBeCloseTo(0.245, 3);
    expect(s.right.knee[1]).toBeCloseTo(s.right.hip[1], 3);
  });

  it('folds the shank back behind the thigh at 90° of knee flexion', () => {
    const frame = file(standing(), standing()).keyframes[0]!;
    const s = solve({ ...frame, right: { ...frame.right, knee: 90 } });
    expect(s.right.ankle[0] - s.right.knee[0]).toBeCloseTo(-0.246, 3);
  });
});

describe('the range-of-motion table', () => {
  // The numbers as printed in the cited tables (norkin-white-2016 Table A.1, castori-2012 Table 8,
  // jung-yamasaki-2016 Table 3 as mean + 1 SD rounded down), typed here by hand.
  it('holds the cited limits', () => {
    expect(RANGE_OF_MOTION).toEqual({
      hip: { flex: { min: -21, max: 133 }, abd: { min: -30, max: 45 }, rot: { min: -34, max: 33 } },
      knee: { min: 0, max: 135 },
      ankle: { min: -50, max: 20 },
      shoulder: {
        flex: { min: -60, max: 180 },
        abd: { min: 0, max: 180 },
        rot: { min: -70, max: 90 },
      },
      elbow: { min: 0, max: 150 },
      wrist: { min: -80, max: 70 },
    });
    expect(Math.floor(122.6 + 10.8)).toBe(RANGE_OF_MOTION.hip.flex.max);
    expect(Math.floor(127.6 + 8.3)).toBe(RANGE_OF_MOTION.knee.max);
    expect(-Math.floor(16.8 + 4.5)).toBe(RANGE_OF_MOTION.hip.flex.min);
  });
});

describe('pose validation', () => {
  const expectError = (data: PoseFile, where: string) => {
    expect(() => validatePoses('content/exercises/x.poses.yaml', data)).toThrow(PoseError);
    try {
      validatePoses('content/exercises/x.poses.yaml', data);
    } catch (e) {
      expect((e as Error).message).toContain('content/exercises/x.poses.yaml');
      expect((e as Error).message).toContain(where);
    }
  };

  it('accepts a standing pose', () => {
    expect(() => validatePoses('x', file(standing(), standing()))).not.toThrow();
  });

  it('rejects a knee bent past the range-of-motion table (135°)', () => {
    expectError(
      file(standing(), standing({ label: 'Bad', left: side(0, 136, 0) })),
      'keyframe "Bad": left knee',
    );
    expect(() =>
      validatePoses(
        'x',
        file(standing(), standing({ label: 'Deep', left: side(0, 135, 0), contacts: [] })),
      ),
    ).not.toThrow();
  });

  it('rejects a contact more than 1% of height off its surface', () => {
    expectError(
      file(standing(), standing({ label: 'Float', root: { x: 0, y: 0.545 } })),
      'keyframe "Float": left.heel',
    );
  });

  it('rejects a body part below the floor', () => {
    expectError(
      file(standing(), standing({ label: 'Sunk', root: { x: 0, y: 0.5 }, contacts: [] })),
      'below the floor',
    );
  });

  it('rejects a body part inside a prop', () => {
    expectError(
      file(standing(), standing({ label: 'In box', root: { x: 0.35, y: 0.53 }, contacts: [] })),
      'inside the box',
    );
  });

  it('rejects a contact beside a box rather than on its top', () => {
    // The heels touch the box's near side (x = 0.3) at floor height: close, but not resting on it.
    expectError(
      poseFileSchema.parse({
        view: 'side',
        props: [{ id: 'box', kind: 'box', x: 0.3, y: 0 }],
        keyframes: [
          standing(),
          standing({
            label: 'Beside',
            root: { x: 0.29, y: 0.53 },
            contacts: [{ part: 'right.toe', on: 'box' }],
          }),
        ],
      }),
      'keyframe "Beside": right.toe: declared on the box top',
    );
  });

  it('rejects a hand pushed through a thin wall', () => {
    const arm = { shoulder: { flex: 90 }, elbow: 0 };
    expectError(
      poseFileSchema.parse({
        view: 'side',
        props: [{ id: 'wall', kind: 'wall', x: 0.4, y: 0 }],
        keyframes: [
          standing(),
          standing({ label: 'Through', left: { ...side(), ...arm }, right: { ...side(), ...arm } }),
        ],
      }),
      'inside the wall',
    );
  });

  it('bends the toes at the ball instead of pushing them under the floor', () => {
    const frame = file(standing(), standing()).keyframes[0]!;
    const s = solve({ ...frame, right: { ...frame.right, ankle: -45 } });
    expect(s.right.toe[1]).toBeCloseTo(s.right.ball[1], 6);
    expect(s.right.toe[0]).toBeGreaterThan(s.right.ball[0]);
  });

  it('rejects a planted foot that slides between keyframes', () => {
    expectError(
      file(standing(), standing({ label: 'Slide', root: { x: 0.05, y: 0.53 } })),
      'keyframe "Slide": left.heel',
    );
  });
});

const poseIds = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.poses.yaml'))
  .map((f) => f.replace(/\.poses\.yaml$/, ''));

const load = (id: string) => {
  const path = `content/exercises/${id}.poses.yaml`;
  const data = poseFileSchema.parse(parse(readFileSync(path, 'utf8')));
  return { data, skeletons: validatePoses(path, data) };
};
const frame = (data: PoseFile, label: string): number => {
  const i = data.keyframes.findIndex((k: Keyframe) => k.label === label);
  if (i < 0) throw new Error(`no keyframe "${label}"`);
  return i;
};
type P = readonly number[];
/** Angle at b between the rays b→a and b→c, in degrees, in the side view (x, y). */
const angleAt = (a: P, b: P, c: P) => {
  const u = [a[0]! - b[0]!, a[1]! - b[1]!];
  const v = [c[0]! - b[0]!, c[1]! - b[1]!];
  const cos =
    (u[0]! * v[0]! + u[1]! * v[1]!) / (Math.hypot(u[0]!, u[1]!) * Math.hypot(v[0]!, v[1]!));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
};
/** Angle of the segment a→b from the horizontal, in degrees, ignoring direction. */
const fromHorizontal = (a: P, b: P) =>
  (Math.atan2(Math.abs(b[1]! - a[1]!), Math.abs(b[0]! - a[0]!)) * 180) / Math.PI;

describe('every exercise has poses that pass validation', () => {
  it('finds the pose files', () => expect(poseIds.length).toBeGreaterThanOrEqual(20));
  it.each(poseIds)('%s', (id) => {
    const { data } = load(id);
    expect(data.keyframes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('coaching cues, from the computed geometry', () => {
  it('squat bottom: thighs within 15° of parallel, heels down', () => {
    const { data, skeletons } = load('squat');
    const s = skeletons[frame(data, 'Bottom')]!;
    expect(fromHorizontal(s.right.hip, s.right.knee)).toBeLessThan(15);
    expect(s.right.heel[1]).toBeLessThan(0.01);
  });

  it('hip thrust top: shins vertical, hips level with shoulders and knees', () => {
    const { data, skeletons } = load('hip-thrust');
    const s = skeletons[frame(data, 'Top')]!;
    expect(90 - fromHorizontal(s.right.knee, s.right.ankle)).toBeLessThan(8);
    expect(Math.abs(s.root[1] - s.right.knee[1])).toBeLessThan(0.03);
    expect(Math.abs(s.root[1] - s.shoulderCentre[1])).toBeLessThan(0.03);
  });

  it('Romanian deadlift hinge: about 90° folded at the hip, soft knees, back flat', () => {
    const { data, skeletons } = load('deadlift');
    const s = skeletons[frame(data, 'Hinge')]!;
    // Fold at the hip: 180° minus the angle shoulder-hip-knee.
    const fold = 180 - angleAt(s.shoulderCentre, s.right.hip, s.right.knee);
    expect(fold).toBeGreaterThanOrEqual(75);
    expect(fold).toBeLessThanOrEqual(105);
    const knee = 180 - angleAt(s.right.hip, s.right.knee, s.right.ankle);
    expect(knee).toBeGreaterThan(5);
    expect(knee).toBeLessThanOrEqual(30);
    // The weights hang over the foot, between heel and toes.
    expect(s.right.wrist[0]).toBeGreaterThan(s.right.heel[0]);
    expect(s.right.wrist[0]).toBeLessThan(s.right.toe[0] + 0.03);
  });

  it('plank: one straight line from shoulders through hips to ankles, elbows under shoulders', () => {
    const { data, skeletons } = load('plank');
    const s = skeletons[frame(data, 'Plank')]!;
    expect(180 - angleAt(s.shoulderCentre, s.right.hip, s.right.ankle)).toBeLessThan(8);
    expect(Math.abs(s.right.elbow[0] - s.right.shoulder[0])).toBeLessThan(0.03);
  });

  it('glute bridge top: shoulders, hips and knees in a line, feet where they started', () => {
    const { data, skeletons } = load('glute-bridge');
    const down = skeletons[frame(data, 'Hips down')]!;
    const top = skeletons[frame(data, 'Top')]!;
    expect(180 - angleAt(top.shoulderCentre, top.right.hip, top.right.knee)).toBeLessThan(8);
    expect(Math.abs(top.right.heel[0] - down.right.heel[0])).toBeLessThan(0.01);
  });

  it('lunge bottom: front shin near vertical, both knees bent near a right angle', () => {
    const { data, skeletons } = load('lunge');
    const s = skeletons[data.keyframes.length - 1]!;
    const front = s.right.knee[0] > s.left.knee[0] ? s.right : s.left;
    const back = front === s.right ? s.left : s.right;
    expect(90 - fromHorizontal(front.knee, front.ankle)).toBeLessThan(20);
    expect(Math.abs(180 - angleAt(front.hip, front.knee, front.ankle) - 90)).toBeLessThan(20);
    expect(back.knee[1]).toBeLessThan(0.12);
  });
});

/** Angle at b between the rays b→a and b→c, in degrees, in the front view (z, y). */
const frontAngleAt = (a: P, b: P, c: P) => angleAt([a[2]!, a[1]!], [b[2]!, b[1]!], [c[2]!, c[1]!]);

describe('coaching cues for the side-lying and foot exercises', () => {
  it('side plank: shoulder, hip and ankle in one line, the elbow under the shoulder', () => {
    const { data, skeletons } = load('side-plank');
    const s = skeletons[frame(data, 'Side plank')]!;
    expect(180 - frontAngleAt(s.right.shoulder, s.right.hip, s.right.ankle)).toBeLessThan(8);
    expect(Math.abs(s.right.elbow[2]! - s.right.shoulder[2]!)).toBeLessThan(0.04);
    expect(s.right.elbow[1]).toBeLessThan(s.right.shoulder[1]! - 0.15);
  });

  it('Copenhagen top: shoulder, hip and bench knee in a line; knee and elbow stay planted', () => {
    const { data, skeletons } = load('copenhagen-adduction');
    const low = skeletons[frame(data, 'Knee on bench')]!;
    const top = skeletons[frame(data, 'Hips lifted')]!;
    expect(180 - frontAngleAt(top.right.shoulder, top.left.hip, top.left.knee)).toBeLessThan(12);
    expect(top.root[1]).toBeGreaterThan(low.root[1]! + 0.03);
    const bench = data.props.find((p) => p.id === 'bench');
    const [from, to] = bench?.across ?? [0, 0];
    for (const s of [low, top]) {
      expect(s.left.knee[2]).toBeGreaterThan(from);
      expect(s.left.knee[2]).toBeLessThan(to);
    }
  });

  it('side-lying leg raise: the top leg lifts 20 to 40 degrees, the bottom one stays down', () => {
    const { data, skeletons } = load('side-lying-hip-abduction');
    const down = skeletons[frame(data, 'Legs stacked')]!;
    const up = skeletons[frame(data, 'Top leg lifted')]!;
    const lift = (s: typeof up) =>
      (Math.atan2(s.left.ankle[1]! - s.left.hip[1]!, Math.abs(s.left.ankle[2]! - s.left.hip[2]!)) *
        180) /
      Math.PI;
    expect(lift(up) - lift(down)).toBeGreaterThan(20);
    expect(lift(up) - lift(down)).toBeLessThan(40);
    expect(Math.abs(up.right.ankle[1]! - down.right.ankle[1]!)).toBeLessThan(0.01);
  });

  it('eccentric heel drop: the working heel ends below the step, the other foot off it', () => {
    const { data, skeletons } = load('eccentric-heel-drop');
    const s = skeletons[frame(data, 'Heel below step')]!;
    const step = data.props.find((p) => p.id === 'step');
    expect(s.left.heel[1]).toBeLessThan(s.left.ball[1]! - 0.015);
    expect(s.left.heel[1]).toBeLessThan((step?.h ?? 0) - 0.01);
    expect(s.right.heel[1]).toBeGreaterThan((step?.h ?? 0) + 0.05);
  });

  it('seated soleus raise: knees near a right angle, heels rise above the balls', () => {
    const { data, skeletons } = load('seated-soleus-raise');
    const down = skeletons[frame(data, 'Heels down')]!;
    const up = skeletons[frame(data, 'Heels up')]!;
    expect(
      Math.abs(180 - angleAt(down.right.hip, down.right.knee, down.right.ankle) - 90),
    ).toBeLessThan(15);
    expect(down.right.heel[1]).toBeLessThan(down.right.ball[1]!);
    expect(up.right.heel[1]).toBeGreaterThan(up.right.ball[1]! + 0.04);
  });

  it('single-leg balance with reach: the standing heel stays planted in every frame', () => {
    const { skeletons } = load('single-leg-balance-reach');
    for (const s of skeletons) {
      expect(s.left.heel[1]).toBeLessThan(0.01);
      expect(Math.abs(s.left.heel[0]! - skeletons[0]!.left.heel[0]!)).toBeLessThan(0.01);
    }
  });
});

describe('props and shapes for the new groups', () => {
  it("treats only a bench's pad as solid, so a forearm can pass under it", () => {
    const solid = solidOf({ id: 'bench', kind: 'bench', x: 0.1, y: 0, w: 0.4, h: 0.2 });
    expect(solid).toMatchObject({ kind: 'rect', x0: 0.1, x1: 0.5, y1: 0.2 });
    expect(solid?.kind === 'rect' && solid.y0).toBeCloseTo(0.15, 5);
  });

  it('shows the adductors on the inner edge of both thighs from the front', () => {
    const xs = (d: string | undefined) =>
      [...(d ?? '').matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
    const left = xs(SHAPES['thigh-front'].muscles['hip-adductors']);
    const right = xs(SHAPES['thigh-mirrored-front'].muscles['hip-adductors']);
    expect(left.length).toBeGreaterThan(2);
    expect(Math.max(...left)).toBeLessThan(0);
    expect(right).toEqual(left.map((x) => -x));
  });
});

describe('the demonstration built from a pose file', () => {
  const subject = {
    id: 'squat',
    name: 'Squat',
    filePath: 'content/exercises/squat.mdx',
    poseFile: 'content/exercises/squat.poses.yaml',
    steps: ['a', 'b', 'c', 'd', 'e', 'f'],
    primary: ['quadriceps', 'glutes'],
    secondary: ['hamstrings'],
  };
  const demo = buildDemo(subject, load('squat').data, (worked) => ({
    mode: 'sprite',
    href: '/s.svg',
    worked,
  }));

  it('has a still frame per keyframe and a description written from the poses', () => {
    expect(demo.frames).toHaveLength(2);
    expect(demo.description).toBe(
      `Squat, from the side, in 2 positions. Start: ${load('squat').data.keyframes[0]!.describe} Bottom: ${load('squat').data.keyframes[1]!.describe}`,
    );
  });

  it('links each step to the first frame that shows it', () => {
    expect([...demo.stepFrames]).toEqual([
      [1, 'demo-frame-1'],
      [2, 'demo-frame-1'],
      [3, 'demo-frame-2'],
      [4, 'demo-frame-2'],
    ]);
  });

  it('colours exactly the worked groups, primary strongly and secondary lightly', () => {
    const tiers = (cls: string) =>
      new Set(
        [
          ...demo.frames[1]!.matchAll(new RegExp(`class="${cls}" data-muscle="([a-z-]+)"`, 'g')),
        ].map((m) => m[1]),
      );
    expect(tiers('p')).toEqual(new Set(['quadriceps', 'glutes']));
    expect(tiers('s')).toEqual(new Set(['hamstrings']));
  });

  it('animates every moving part from the first keyframe to the next and back', () => {
    expect(demo.css).toContain('@keyframes squat-right-thigh{0%,17.5%,100%{');
    expect(demo.css).toContain('#demo-squat .k-right-thigh{animation-name:squat-right-thigh}');
  });

  it('refuses a group its view cannot show', () => {
    expect(() =>
      buildDemo({ ...subject, primary: ['biceps'] }, load('squat').data, (worked) => ({
        mode: 'sprite',
        href: '/s.svg',
        worked,
      })),
    ).toThrow('content/exercises/squat.mdx: primary[0]: "biceps" has no area on the side view');
  });

  it('refuses a keyframe that shows a step the exercise lacks', () => {
    expect(() =>
      buildDemo({ ...subject, steps: ['a', 'b', 'c'] }, load('squat').data, (worked) => ({
        mode: 'sprite',
        href: '/s.svg',
        worked,
      })),
    ).toThrow('keyframe "Bottom": steps: step 4 does not exist');
  });

  it('puts every shape and muscle area in the shared sprite', () => {
    const sprite = spriteSvg();
    for (const [id, shape] of Object.entries(SHAPES)) {
      expect(sprite).toContain(`id="${id}"`);
      for (const m of Object.keys(shape.muscles)) expect(sprite).toContain(`id="${id}-${m}"`);
    }
  });
});

describe('a band tied to a fixed point', () => {
  it('runs from the knee to its anchor in every keyframe of the Spanish squat', () => {
    const { data, skeletons } = load('spanish-squat');
    const band = data.props.find((p) => p.kind === 'band');
    expect(band?.anchor).toEqual({ x: 0.42, y: 0.29 });
    data.keyframes.forEach((frame, i) => {
      const skeleton = skeletons[i]!;
      const node = buildScene('side', data, frame, skeleton).before.find((n) => n.key === 'band');
      const knee = skeleton.right.knee;
      // The band's shape is one body height long, scaled to the distance it spans.
      expect(node?.s).toBeCloseTo(Math.hypot(0.42 - knee[0], 0.29 - knee[1]), 6);
    });
  });
});
