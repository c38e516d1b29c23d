import { describe, expect, it } from 'vitest';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { poseFileSchema, type PoseFile } from '../../src/lib/figure/pose/schema';
import {
  PoseError,
  samples,
  surfaces,
  TOLERANCE,
  validatePoses,
} from '../../src/lib/figure/pose/validate';

const side = (over: Record<string, unknown> = {}) => ({
  hip: { flex: 0 },
  knee: 0,
  ankle: 0,
  shoulder: { flex: 0 },
  elbow: 10,
  ...over,
});
const FEET = ['left.heel', 'left.toe', 'right.heel', 'right.toe'].map((part) => ({
  part,
  on: 'floor',
}));
/** Standing with the soles on the floor (hip joints at 0.53 of height). */
const stand = (over: Record<string, unknown> = {}) => ({
  label: 'Stand',
  describe: 'Standing tall with both feet flat.',
  steps: [1],
  root: { x: 0, y: 0.53 },
  trunk: { lean: 0 },
  left: side(),
  right: side(),
  contacts: FEET,
  ...over,
});
const file = (props: unknown[], ...keyframes: unknown[]): PoseFile =>
  poseFileSchema.parse({ view: 'side', props, keyframes });
/** The message of the PoseError validatePoses throws, or null when it passes. */
const fault = (data: PoseFile): string | null => {
  try {
    validatePoses('f.yaml', data);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(PoseError);
    return (e as Error).message;
  }
};

describe('PoseError', () => {
  it('names the file, keyframe and place, and calls itself PoseError', () => {
    const e = new PoseError('a.yaml', 'Top', 'left knee', 'bent too far');
    expect(e.message).toBe('a.yaml: keyframe "Top": left knee: bent too far');
    expect(e.name).toBe('PoseError');
    expect([e.file, e.keyframe, e.where]).toEqual(['a.yaml', 'Top', 'left knee']);
  });
});

describe('the range-of-motion check', () => {
  it('reports the joint, the angle and the range, below the minimum too', () => {
    expect(fault(file([], stand(), stand({ label: 'Bad', right: side({ knee: -1 }) })))).toBe(
      'f.yaml: keyframe "Bad": right knee: -1° is outside the normal range 0° to 135°',
    );
    expect(fault(file([], stand(), stand({ label: 'Bad', left: side({ ankle: 21 }) })))).toBe(
      'f.yaml: keyframe "Bad": left ankle: 21° is outside the normal range -50° to 20°',
    );
  });

  it('checks every axis of the hip and shoulder', () => {
    expect(
      fault(file([], stand(), stand({ label: 'Hip', left: side({ hip: { flex: 134 } }) }))),
    ).toBe('f.yaml: keyframe "Hip": left hip flex: 134° is outside the normal range -21° to 133°');
    expect(
      fault(
        file(
          [],
          stand(),
          stand({ label: 'Arm', right: side({ shoulder: { flex: 0, rot: -71 } }) }),
        ),
      ),
    ).toBe(
      'f.yaml: keyframe "Arm": right shoulder rot: -71° is outside the normal range -70° to 90°',
    );
    expect(
      fault(file([], stand(), stand({ label: 'Abd', right: side({ hip: { flex: 0, abd: 46 } }) }))),
    ).toContain('right hip abd: 46° is outside the normal range -30° to 45°');
  });

  it('accepts angles at the ends of the range', () => {
    const arm = side({ shoulder: { flex: 0, rot: -70 }, elbow: 150 });
    expect(fault(file([], stand(), stand({ right: arm })))).toBeNull();
  });
});

describe('the contact check', () => {
  it('refuses a surface that is not in the scene', () => {
    expect(
      fault(
        file([], stand(), stand({ label: 'Odd', contacts: [{ part: 'right.heel', on: 'bench' }] })),
      ),
    ).toBe(
      'f.yaml: keyframe "Odd": right.heel: rests on "bench", which is not a surface in the scene',
    );
  });

  it('says whether a contact is off its surface or inside it, and by how much', () => {
    expect(fault(file([], stand({ label: 'High', root: { x: 0, y: 0.55 } }), stand()))).toMatch(
      /keyframe "High": left.heel: declared on the floor top but off it by 0\.02\d of body height$/,
    );
    expect(fault(file([], stand({ label: 'Low', root: { x: 0, y: 0.51 } }), stand()))).toMatch(
      /keyframe "Low": left.heel: declared on the floor top but inside it by 0\.02\d of body height$/,
    );
  });

  it('names the near side of a wall and nothing for a pad', () => {
    const reach = side({ shoulder: { flex: 90 }, elbow: 0 });
    const wall = file(
      [{ id: 'wall', kind: 'wall', x: 0.9 }],
      stand(),
      stand({
        label: 'Push',
        left: reach,
        contacts: [...FEET, { part: 'left.hand', on: 'wall' }],
      }),
    );
    expect(fault(wall)).toMatch(/left.hand: declared on the wall near side but off it by/);
    const pad = file(
      [{ id: 'pad', kind: 'pad', x: 0.5, y: 0.3 }],
      stand(),
      stand({ label: 'Pad', contacts: [...FEET, { part: 'right.knee', on: 'pad' }] }),
    );
    expect(fault(pad)).toMatch(
      /right.knee: declared on the pad but off it by 0\.\d{3} of body height$/,
    );
  });
});

describe('samples', () => {
  it('takes nine points along a limb, five along a sole and one at the head', () => {
    const s = solve(file([], stand(), stand()).keyframes[0]!);
    const points = samples(s);
    const at = (where: string) => points.filter((p) => p.where === where);
    expect(at('head')).toHaveLength(1);
    expect(at('trunk')).toHaveLength(9);
    expect(at('left foot')).toHaveLength(5);
    expect(at('right toes')).toHaveLength(5);
    const thigh = at('right thigh');
    expect(thigh).toHaveLength(9);
    expect(points).toHaveLength(3 * 9 + 2 * (5 * 9 + 2 * 5) - 8);
    // From the hip to the knee, the radius tapering evenly along it.
    expect(thigh[0]!.x).toBeCloseTo(s.right.hip[0], 9);
    expect(thigh[0]!.y).toBeCloseTo(s.right.hip[1], 9);
    expect(thigh[8]!.y).toBeCloseTo(s.right.knee[1], 9);
    expect(thigh[4]!.y).toBeCloseTo((s.right.hip[1] + s.right.knee[1]) / 2, 9);
    expect(thigh[4]!.r).toBeCloseTo((thigh[0]!.r + thigh[8]!.r) / 2, 9);
    expect(thigh[0]!.r).toBeGreaterThan(thigh[8]!.r);
    // The sole is the skin: no radius, from heel to ball.
    const foot = at('right foot');
    for (const p of foot) expect(p.r).toBe(0);
    expect(foot[0]!.x).toBeCloseTo(s.right.heel[0], 9);
    expect(foot[4]!.x).toBeCloseTo(s.right.ball[0], 9);
    expect(foot[2]!.x).toBeCloseTo((s.right.heel[0] + s.right.ball[0]) / 2, 9);
    const head = at('head')[0]!;
    expect(head.r).toBeGreaterThan(0.05);
  });
});

describe('the surfaces of a scene', () => {
  it('are the floor and every fixed prop with a solid, by id', () => {
    const map = surfaces(
      file(
        [
          { id: 'box', kind: 'box', x: 0.3 },
          { id: 'bell', kind: 'dumbbell', carriedBy: 'left-hand' },
        ],
        stand(),
        stand(),
      ),
    );
    expect([...map.keys()]).toEqual(['floor', 'box']);
    expect(map.get('floor')).toMatchObject({ kind: 'rect', y1: 0, rest: 'top' });
    expect(TOLERANCE).toBe(0.01);
  });
});

describe('the check for carried props', () => {
  // Carried by the pelvis at (0, 0.53): a prop at y -0.49 has its centre 0.04 above the floor.
  const carried = (kind: string, y: number) =>
    file([{ id: 'load', kind, carriedBy: 'pelvis', y }], stand(), stand({ label: 'Hold' }));

  it('refuses a carried weight that reaches more than 0.01 below the floor', () => {
    // A dumbbell reaches 0.045 below its centre: 0.03 - 0.045 = -0.015.
    expect(fault(carried('dumbbell', -0.5))).toBe(
      'f.yaml: keyframe "Stand": load: the dumbbell goes below the floor',
    );
    // 0.04 - 0.045 = -0.005 is within the tolerance.
    expect(fault(carried('dumbbell', -0.49))).toBeNull();
    // A kettlebell reaches 0.055: 0.06 - 0.055 is above the floor.
    expect(fault(carried('kettlebell', -0.47))).toBeNull();
  });

  it('leaves a weight lying on the floor alone', () => {
    const data = file([{ id: 'load', kind: 'dumbbell', x: 0.6, y: 0 }], stand(), stand());
    expect(fault(data)).toBeNull();
  });
});

describe('the inside check', () => {
  it('says how far below the floor a part is', () => {
    expect(
      fault(file([], stand({ label: 'Sunk', root: { x: 0, y: 0.5 }, contacts: [] }), stand())),
    ).toMatch(/keyframe "Sunk": [a-z ]+: below the floor by 0\.0\d\d of body height$/);
  });
});

describe('the sliding check', () => {
  it('reports how far a planted foot slides since the keyframe before', () => {
    expect(fault(file([], stand(), stand({ label: 'Slide', root: { x: 0.05, y: 0.53 } })))).toBe(
      'f.yaml: keyframe "Slide": left.heel: planted on floor since "Stand" but slides 0.050 of body height',
    );
  });

  it('lets a foot move when it was not on that surface before, or is not planted', () => {
    const moved = stand({ label: 'Moved', root: { x: 0.05, y: 0.53 } });
    expect(fault(file([], stand({ contacts: [] }), moved))).toBeNull();
    const seat = [{ id: 'seat', kind: 'box', x: -0.4, y: 0, w: 0.3, h: 0.3 }];
    expect(
      fault(
        file(
          seat,
          stand(),
          stand({ label: 'Other', root: { x: 0.005, y: 0.53 }, contacts: FEET.slice(0, 1) }),
        ),
      ),
    ).toBeNull();
  });
});
