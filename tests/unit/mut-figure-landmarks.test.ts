import { describe, expect, it } from 'vitest';
import { solve, type Skeleton } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type Prop } from '../../src/lib/figure/pose/schema';
import { bodyPoint, carrierOf, gripOf, propCentre } from '../../src/lib/figure/pose/landmarks';

/** Standing upright, the left knee bent 60° and the left elbow 90°, so the sides differ. */
const skeleton = (): Skeleton =>
  solve(
    poseFileSchema.parse({
      view: 'side',
      keyframes: [0, 1].map(() => ({
        label: 'Pose',
        describe: 'A pose for a test.',
        steps: [1],
        root: { x: 0.2, y: 0.53 },
        trunk: { lean: 0 },
        left: { hip: { flex: 0 }, knee: 60, ankle: 0, shoulder: { flex: 0 }, elbow: 90 },
        right: { hip: { flex: 0 }, knee: 0, ankle: 0, shoulder: { flex: 0 }, elbow: 0 },
      })),
    }).keyframes[0]!,
  );
const expectVec = (got: readonly number[], want: readonly number[]) =>
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 9));
/** 45% of the way from the wrist to the fingertip. */
const grip = (s: Skeleton, side: 'left' | 'right') =>
  s[side].wrist.map((w, i) => w + 0.45 * (s[side].fingertip[i]! - w));
const prop = (p: Partial<Prop>): Prop => ({ id: 'thing', kind: 'dumbbell', x: 0, y: 0, ...p });

describe('bodyPoint', () => {
  it('puts the seat and sacrum at the hip centre, with the hip’s radius 0.06', () => {
    const s = skeleton();
    for (const part of ['seat', 'sacrum'] as const) {
      expect(bodyPoint(s, part)).toEqual({ at: s.root, r: 0.06 });
    }
  });

  it('puts the back 45% and the upper back 97% up the trunk, tapering to the shoulders', () => {
    const s = skeleton();
    // Trunk 0.288 long, radius 0.06 at the hip to 0.055 at the shoulder.
    const back = bodyPoint(s, 'back');
    expectVec(back.at, [0.2, 0.53 + 0.45 * 0.288, 0]);
    expect(back.r).toBeCloseTo(0.06 - 0.005 * 0.45, 9);
    const upper = bodyPoint(s, 'upper-back');
    expectVec(upper.at, [0.2, 0.53 + 0.97 * 0.288, 0]);
    expect(upper.r).toBeCloseTo(0.06 - 0.005 * 0.97, 9);
  });

  it('puts the head at its centre with its radius', () => {
    const s = skeleton();
    expect(bodyPoint(s, 'head')).toEqual({ at: s.headCentre, r: 0.056 });
  });

  it('uses the foot points of the named side as skin', () => {
    const s = skeleton();
    expect(bodyPoint(s, 'left.heel')).toEqual({ at: s.left.heel, r: 0 });
    expect(bodyPoint(s, 'right.ball')).toEqual({ at: s.right.ball, r: 0 });
    expect(bodyPoint(s, 'left.toe')).toEqual({ at: s.left.toe, r: 0 });
  });

  it('puts the knee, elbow and hand at their joints with the limb’s radius there', () => {
    const s = skeleton();
    expect(bodyPoint(s, 'left.knee')).toEqual({ at: s.left.knee, r: 0.034 });
    expect(bodyPoint(s, 'right.elbow')).toEqual({ at: s.right.elbow, r: 0.023 });
    const hand = bodyPoint(s, 'left.hand');
    expectVec(hand.at, grip(s, 'left'));
    expect(hand.r).toBe(0.017);
  });
});

describe('gripOf', () => {
  it('is 45% of the hand’s length from the wrist toward the fingertips', () => {
    const s = skeleton();
    for (const side of ['left', 'right'] as const) {
      expectVec(gripOf(s[side].wrist, s[side].frames.hand), grip(s, side));
    }
    // Hanging straight down, the right grip is 0.0486 below the wrist.
    expectVec(gripOf([0, 1, 0], s.right.frames.hand), [0, 1 - 0.45 * 0.108, 0]);
  });
});

describe('carrierOf', () => {
  it('carries on the trunk at the hip centre, turning with the trunk', () => {
    const s = skeleton();
    for (const c of ['pelvis', 'trunk'] as const) {
      expect(carrierOf(s, c)).toEqual({ at: s.root, frame: s.trunkFrame });
    }
  });

  it('carries in a hand at its grip, on a thigh at the knee and on a shank at the ankle', () => {
    const s = skeleton();
    for (const side of ['left', 'right'] as const) {
      const hand = carrierOf(s, `${side}-hand`);
      expectVec(hand.at, grip(s, side));
      expect(hand.frame).toEqual(s[side].frames.hand);
      expect(carrierOf(s, `${side}-thigh`)).toEqual({
        at: s[side].knee,
        frame: s[side].frames.thigh,
      });
      expect(carrierOf(s, `${side}-shank`)).toEqual({
        at: s[side].ankle,
        frame: s[side].frames.shank,
      });
    }
    // The sides differ, so each carrier really reads its own side.
    expect(s.left.knee[2]).not.toBeCloseTo(s.right.knee[2], 3);
    expect(s.left.ankle[0]).not.toBeCloseTo(s.right.ankle[0], 3);
    expect(s.left.wrist[0]).not.toBeCloseTo(s.right.wrist[0], 3);
  });
});

describe('propCentre', () => {
  it('is the fixed position of a prop nobody carries', () => {
    expect(propCentre(skeleton(), prop({ x: 0.4, y: 0.1 }))).toEqual([0.4, 0.1, 0]);
  });

  it('offsets a carried prop in its carrier’s frame', () => {
    const s = skeleton();
    // Upright trunk: the frame is the scene's own.
    expectVec(propCentre(s, prop({ carriedBy: 'pelvis', x: 0.1, y: 0.2 })), [0.3, 0.73, 0]);
    // Along the bent left shank, 0.1 down it lands 0.1 from the ankle, in line with the knee.
    const c = propCentre(s, prop({ carriedBy: 'left-shank', y: -0.1 }));
    const a = s.left.ankle;
    const k = s.left.knee;
    const len = Math.hypot(a[0] - k[0], a[1] - k[1], a[2] - k[2]);
    expectVec(
      c,
      a.map((v, i) => v + ((v - k[i]!) / len) * 0.1),
    );
  });
});
