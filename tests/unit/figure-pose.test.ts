import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type Keyframe, type PoseFile } from '../../src/lib/figure/pose/schema';
import { PoseError, validatePoses } from '../../src/lib/figure/pose/validate';

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

  it('rejects a planted foot that slides between keyframes', () => {
    expectError(
      file(standing(), standing({ label: 'Slide', root: { x: 0.05, y: 0.53 } })),
      'keyframe "Slide": left.heel',
    );
  });
});

const load = (id: string) => {
  const path = `content/exercises/${id}.poses.yaml`;
  const data = poseFileSchema.parse(parse(readFileSync(path, 'utf8')));
  return { data, skeletons: validatePoses(path, data) };
};
const frame = (data: PoseFile, label: string): number =>
  data.keyframes.findIndex((k: Keyframe) => k.label === label);
const deg = (dx: number, dy: number) => (Math.atan2(dy, dx) * 180) / Math.PI;

describe('coaching cues, from the computed geometry', () => {
  it('squat bottom: thighs within 15° of parallel, heels down', () => {
    const { data, skeletons } = load('squat');
    const s = skeletons[frame(data, 'Bottom')]!;
    const thigh = Math.abs(deg(s.right.knee[0] - s.right.hip[0], s.right.knee[1] - s.right.hip[1]));
    expect(thigh).toBeLessThan(15);
    expect(s.right.heel[1]).toBeLessThan(0.01);
  });

  it('hip thrust top: shins vertical, hips level with shoulders and knees', () => {
    const { data, skeletons } = load('hip-thrust');
    const s = skeletons[frame(data, 'Top')]!;
    const shin = Math.abs(s.right.knee[0] - s.right.ankle[0]);
    expect(shin).toBeLessThan(0.02);
    expect(Math.abs(s.root[1] - s.right.knee[1])).toBeLessThan(0.03);
    expect(Math.abs(s.root[1] - s.shoulderCentre[1])).toBeLessThan(0.03);
  });

  it('Romanian deadlift hinge: about 90° at the hip with soft knees', () => {
    const { data } = load('deadlift');
    const hinge = data.keyframes[frame(data, 'Hinge')]!;
    expect(hinge.right.hip.flex).toBeGreaterThanOrEqual(80);
    expect(hinge.right.hip.flex).toBeLessThanOrEqual(100);
    expect(hinge.right.knee).toBeGreaterThan(5);
    expect(hinge.right.knee).toBeLessThanOrEqual(30);
  });
});
