import { GIRTH, WINTER_2009 as L } from './anthropometry';

/**
 * The figure's shapes, drawn once in local coordinates (1 unit = 1% of body height) with the
 * joint at the origin and the segment running along +y; the scene rotates and places them.
 * A limb's front is +x; the trunk and head point up, so the scene turns them half a turn and
 * their front is -x. Each shape is an outline plus the muscle areas painted on it, one per
 * muscle group it shows, so a page can colour the groups an exercise works.
 */
export const MUSCLE_GROUPS = [
  'quadriceps',
  'hamstrings',
  'glutes',
  'calves',
  'ankle-dorsiflexors',
  'core',
  'hip-flexors',
] as const;
export type MuscleGroupId = (typeof MUSCLE_GROUPS)[number];

export interface Shape {
  outline: string;
  muscles: Partial<Record<MuscleGroupId, string>>;
}

export const U = 100;
const n = (v: number) => Number(v.toFixed(1));
type Point = readonly [number, number];

/** A closed smooth path through the points (Catmull-Rom turned into cubic Béziers). */
function smooth(points: readonly Point[]): string {
  const at = (i: number) => points[(i + points.length) % points.length]!;
  let d = `M${n(at(0)[0])} ${n(at(0)[1])}`;
  for (let i = 0; i < points.length; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0]!)} ${n(c1[1]!)} ${n(c2[0]!)} ${n(c2[1]!)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return `${d}Z`;
}

/** A polygon, for muscle areas whose edges hide inside the outline. */
const poly = (points: readonly Point[]) =>
  `M${points.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}Z`;

/** A tapered capsule of length len with radii r1 at the joint and r2 at the far end. */
function capsule(len: number, r1: number, r2: number): string {
  return `M${n(-r1)} 0A${n(r1)} ${n(r1)} 0 0 1 ${n(r1)} 0L${n(r2)} ${n(len)}A${n(r2)} ${n(r2)} 0 0 1 ${n(-r2)} ${n(len)}Z`;
}

/** A band on one face of a limb (+1 front, -1 back) from a to b of its length. */
function face(len: number, r: (k: number) => number, side: 1 | -1, a: number, b: number) {
  const pts: Point[] = [];
  for (let k = a; k <= b + 1e-9; k += (b - a) / 4) pts.push([side * r(k) * 0.92, k * len]);
  for (let k = b; k >= a - 1e-9; k -= (b - a) / 4) pts.push([side * r(k) * 0.2, k * len]);
  return poly(pts);
}

const taper = (r1: number, r2: number) => (k: number) => r1 + (r2 - r1) * k;

// --- Legs -------------------------------------------------------------------------------

const TL = L.thigh * U;
const [T1, T2] = [GIRTH.thigh[0] * U, GIRTH.thigh[1] * U];
const thighR = taper(T1, T2);
const SL = L.shank * U;
const [S1, S2] = [GIRTH.shank[0] * U, GIRTH.shank[1] * U];
/** The shank's back bulges with the calf a third of the way down; the shin stays straight. */
const calfR = (k: number) => taper(S1, S2)(k) + 1.1 * Math.sin(Math.PI * Math.min(k / 0.6, 1));

const SHANK_SIDE_OUTLINE = smooth([
  [S1 * 0.9, -0.5],
  [S1 * 0.85, SL * 0.3],
  [S2, SL * 0.75],
  [S2 * 0.9, SL + 0.8],
  [-S2 * 0.9, SL + 0.8],
  [-S2, SL * 0.75],
  [-calfR(0.3), SL * 0.3],
  [-S1 * 0.95, -0.5],
  [0, -S1],
]);

const thighSide: Shape = {
  outline: capsule(TL, T1, T2),
  muscles: {
    quadriceps: face(TL, thighR, 1, 0.22, 0.88),
    hamstrings: face(TL, thighR, -1, 0.2, 0.86),
    'hip-flexors': poly([
      [T1 * 0.35, 0],
      [T1 * 0.95, 1],
      [T1 * 0.9, TL * 0.18],
      [T1 * 0.35, TL * 0.16],
    ]),
  },
};

const thighFront: Shape = {
  outline: capsule(TL, T1 * 0.92, T2),
  muscles: {
    quadriceps: poly([
      [-thighR(0.25) * 0.7, TL * 0.25],
      [thighR(0.25) * 0.75, TL * 0.22],
      [thighR(0.88) * 0.7, TL * 0.88],
      [-thighR(0.88) * 0.6, TL * 0.88],
    ]),
    'hip-flexors': poly([
      [-T1 * 0.2, 0.5],
      [T1 * 0.7, -1],
      [T1 * 0.6, TL * 0.16],
      [-T1 * 0.1, TL * 0.2],
    ]),
  },
};

const shankSide: Shape = {
  outline: SHANK_SIDE_OUTLINE,
  muscles: {
    calves: poly([
      [-S1 * 0.3, SL * 0.08],
      [-calfR(0.12) * 0.95, SL * 0.1],
      [-calfR(0.3) * 0.95, SL * 0.3],
      [-calfR(0.5) * 0.9, SL * 0.5],
      [-S2, SL * 0.68],
      [-S2 * 0.3, SL * 0.62],
    ]),
    'ankle-dorsiflexors': poly([
      [S1 * 0.35, SL * 0.12],
      [S1 * 0.8, SL * 0.12],
      [S1 * 0.72, SL * 0.55],
      [S2 * 0.5, SL * 0.7],
      [S2 * 0.2, SL * 0.62],
    ]),
  },
};

const shankFront: Shape = {
  outline: capsule(SL, S1 * 0.95, S2 * 0.9),
  muscles: {
    'ankle-dorsiflexors': poly([
      [S1 * 0.05, SL * 0.12],
      [S1 * 0.6, SL * 0.12],
      [S2 * 0.55, SL * 0.62],
      [S2 * 0.05, SL * 0.66],
    ]),
    calves: poly([
      [-S1 * 0.9, SL * 0.14],
      [-S1 * 0.4, SL * 0.16],
      [-S1 * 0.45, SL * 0.45],
      [-S2 * 0.85, SL * 0.55],
    ]),
  },
};

const AH = L.ankleHeight * U;
const HEEL = GIRTH.heelBehindAnkle * U;
/** The ball of the foot, along the sole from the point under the ankle (kinematics.ts). */
const BALL_AT = 0.72 * L.footLength * U - HEEL;
const TOES = 0.28 * L.footLength * U;
/** The foot in profile from the ankle to the ball: toes along +y, the sole on the -x side. */
const FOOT_SIDE: Shape = {
  outline: smooth([
    [2.2, -1.2],
    [0.5, -HEEL + 0.6],
    [-AH + 0.8, -HEEL],
    [-AH, -HEEL + 2.5],
    [-AH, BALL_AT - 0.5],
    [-AH + 0.6, BALL_AT + 0.9],
    [-AH + 2.6, BALL_AT + 0.6],
    [-0.4, BALL_AT * 0.7],
    [1.6, BALL_AT * 0.25],
  ]),
  muscles: {},
};
/** The toes from the ball (on the sole) to the tip; they bend there. */
const TOES_SIDE: Shape = {
  outline: smooth([
    [0, -1.2],
    [0, TOES - 0.8],
    [0.7, TOES],
    [1.8, TOES - 0.9],
    [2.3, 0.2],
    [1.6, -1.4],
  ]),
  muscles: {},
};
/** The foot seen from the front: a short block under the ankle, toes toward the viewer. */
const FOOT_FRONT: Shape = {
  outline: smooth([
    [-2.2, -1],
    [2.2, -1],
    [3.2, AH - 0.6],
    [2.6, AH + 0.2],
    [-2.6, AH + 0.2],
    [-3.2, AH - 0.6],
  ]),
  muscles: {},
};

// --- Trunk, neck and head -------------------------------------------------------------------

const T = L.trunk * U;
const TORSO_SIDE: Shape = {
  outline: smooth([
    [-4.6, -3],
    [-6.2, 3],
    [-6.6, 10],
    [-6.2, 17],
    [-6.9, 23],
    [-5.6, T - 0.5],
    [-2.4, T + 2.4],
    [2.6, T + 2.6],
    [6, T - 1.5],
    [6.7, 21],
    [5.1, 12],
    [5.8, 5],
    [6.3, 0.5],
    [5.5, -4.4],
    [1, -6.4],
  ]),
  muscles: {
    glutes: poly([
      [2.6, -5.6],
      [5.4, -4.7],
      [6.5, 0],
      [6.1, 4],
      [5, 5.4],
      [2.6, 4.2],
    ]),
    core: poly([
      [-2.2, 3.5],
      [-6.4, 4],
      [-6.7, 10],
      [-6.3, 16.5],
      [-2.2, 16.5],
    ]),
    'hip-flexors': poly([
      [-1.8, -2.4],
      [-4.8, -2.6],
      [-6.1, 2.2],
      [-1.8, 2.4],
    ]),
  },
};

const HH = (L.hipWidth / 2) * U;
const HS = (L.shoulderWidth / 2) * U;
const mirror = (pts: Point[]): Point[] => [
  ...pts,
  ...pts
    .slice()
    .reverse()
    .map(([x, y]) => [-x, y] as Point),
];
const TORSO_FRONT: Shape = {
  outline: smooth(
    mirror([
      [-3.5, -6.6],
      [-HH + 0.6, -4.2],
      [-HH - 0.2, 2],
      [-HH + 2.3, 10],
      [-HH + 1.2, 18],
      [-HS + 2.4, 24],
      [-HS + 0.6, T],
      [-HS + 2.6, T + 2.2],
      [-3, T + 3],
    ]),
  ),
  muscles: {
    core: poly([
      [-5.6, 3.5],
      [5.6, 3.5],
      [6.2, 17.5],
      [-6.2, 17.5],
    ]),
    glutes: `${poly([
      [-HH + 0.5, -2.5],
      [-HH + 3.2, -1.5],
      [-HH + 3.6, 5],
      [-HH + 0.6, 5.5],
    ])}${poly([
      [HH - 0.5, -2.5],
      [HH - 3.2, -1.5],
      [HH - 3.6, 5],
      [HH - 0.6, 5.5],
    ])}`,
    'hip-flexors': `${poly([
      [-6.8, -1.8],
      [-2.4, 0.8],
      [-2.4, 3],
      [-6.8, 1.4],
    ])}${poly([
      [6.8, -1.8],
      [2.4, 0.8],
      [2.4, 3],
      [6.8, 1.4],
    ])}`,
  },
};

const HX = GIRTH.head * U;
const HY = GIRTH.headHeight * U;
/** The head, centred on the origin, with a nose on the face side (-x) to show the way it faces. */
const HEAD_SIDE: Shape = {
  outline: `M${n(-HX)} 0A${n(HX)} ${n(HY)} 0 1 1 ${n(HX)} 0A${n(HX)} ${n(HY)} 0 1 1 ${n(-HX)} 0ZM${n(-HX + 0.3)} 1.6L${n(-HX - 1.3)} -0.6L${n(-HX + 0.3)} -1.4Z`,
  muscles: {},
};
const HEAD_FRONT: Shape = {
  outline: `M${n(-HX * 0.9)} 0A${n(HX * 0.9)} ${n(HY)} 0 1 1 ${n(HX * 0.9)} 0A${n(HX * 0.9)} ${n(HY)} 0 1 1 ${n(-HX * 0.9)} 0Z`,
  muscles: {},
};

const arm = (len: number, [r1, r2]: readonly [number, number]): Shape => ({
  outline: capsule(len * U, r1 * U, r2 * U),
  muscles: {},
});

export const SHAPES = {
  'torso-side': TORSO_SIDE,
  'torso-front': TORSO_FRONT,
  'head-side': HEAD_SIDE,
  'head-front': HEAD_FRONT,
  neck: { outline: capsule(L.neck * U, GIRTH.neck * U, GIRTH.neck * U * 0.9), muscles: {} },
  'thigh-side': thighSide,
  'thigh-front': thighFront,
  'shank-side': shankSide,
  'shank-front': shankFront,
  'upper-arm': arm(L.upperArm, GIRTH.upperArm),
  forearm: arm(L.forearm, GIRTH.forearm),
  hand: arm(L.hand * 0.8, GIRTH.hand),
  'foot-side': FOOT_SIDE,
  'toes-side': TOES_SIDE,
  'foot-front': FOOT_FRONT,
} satisfies Record<string, Shape>;
export type ShapeId = keyof typeof SHAPES;

/** Nominal drawn length of each shape, so a foreshortened segment can be scaled to fit. */
export const SHAPE_LENGTH: Partial<Record<ShapeId, number>> = {
  'torso-side': T,
  'torso-front': T,
  'thigh-side': TL,
  'thigh-front': TL,
  'shank-side': SL,
  'shank-front': SL,
  'upper-arm': L.upperArm * U,
  forearm: L.forearm * U,
  hand: L.hand * U,
  neck: L.neck * U,
};

/** The muscle groups each view can show, so an exercise cannot name a group its figure lacks. */
export function groupsShown(view: 'side' | 'front'): Set<MuscleGroupId> {
  const shown = new Set<MuscleGroupId>();
  for (const [id, shape] of Object.entries(SHAPES)) {
    if (view === 'side' ? id.endsWith('-front') : id.endsWith('-side')) continue;
    for (const m of Object.keys(shape.muscles)) shown.add(m as MuscleGroupId);
  }
  return shown;
}
