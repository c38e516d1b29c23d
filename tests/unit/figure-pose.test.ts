import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type Keyframe, type PoseFile } from '../../src/lib/figure/pose/schema';
import { PoseError, validatePoses } from '../../src/lib/figure/pose/validate';
import { buildDemo } from '../../src/lib/figure/pose/demo';
import { spriteSvg } from '../../src/lib/figure/pose/render';
import { SHAPES } from '../../src/lib/figure/pose/shapes';

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

  it('rejects a knee bent past the range-of-motion table (130°)', () => {
    expectError(
      file(standing(), standing({ label: 'Bad', left: side(0, 131, 0) })),
      'keyframe "Bad": left knee',
    );
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
