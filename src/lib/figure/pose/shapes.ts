import { GIRTH, WINTER_2009 as L } from './anthropometry';

/**
 * The figure's shapes, drawn once in local coordinates (1 unit = 1% of body height) with the
 * joint at the origin and the segment running along +y; the renderer rotates and places them.
 * Each shape is a list of paths: the segment's outline and the muscle areas painted on it.
 * A muscle area names the muscle group it shows, so the page can colour it from the
 * exercise's frontmatter.
 */
export interface ShapePath {
  d: string;
  /** The muscle group this area shows, or undefined for the outline. */
  muscle?: MuscleGroupId;
}

export type MuscleGroupId =
  'quadriceps' | 'hamstrings' | 'glutes' | 'calves' | 'ankle-dorsiflexors' | 'core' | 'hip-flexors';

export const U = 100;
const n = (v: number) => Number(v.toFixed(1));

/** A tapered capsule of length len with radii r1 at the joint and r2 at the far end. */
function capsule(len: number, r1: number, r2: number): string {
  return `M${n(-r1)} 0A${n(r1)} ${n(r1)} 0 0 1 ${n(r1)} 0L${n(r2)} ${n(len)}A${n(r2)} ${n(r2)} 0 0 1 ${n(-r2)} ${n(len)}Z`;
}

/** A band along one face of a capsule (+1 the front, -1 the back), from a to b of its length. */
function face(
  len: number,
  r1: number,
  r2: number,
  side: 1 | -1,
  a: number,
  b: number,
  inner = 0.15,
): string {
  const r = (k: number) => r1 + (r2 - r1) * k;
  const pts = [
    [side * r(a) * inner, a * len],
    [side * r(a) * 0.9, a * len],
    [side * r((a + b) / 2), ((a + b) / 2) * len],
    [side * r(b) * 0.9, b * len],
    [side * r(b) * inner, b * len],
  ];
  return `M${pts.map(([x, y]) => `${n(x!)} ${n(y!)}`).join('L')}Z`;
}

/** A band across the middle of a capsule seen from the front. */
function middle(len: number, r1: number, r2: number, a: number, b: number, w = 0.75): string {
  const r = (k: number) => (r1 + (r2 - r1) * k) * w;
  return `M${n(-r(a))} ${n(a * len)}L${n(r(a))} ${n(a * len)}L${n(r(b))} ${n(b * len)}L${n(-r(b))} ${n(b * len)}Z`;
}

const T = L.trunk * U;
const limb = (len: number, [r1, r2]: readonly [number, number]) =>
  [len * U, r1 * U, r2 * U] as const;

function limbShapes(front: boolean): Record<string, ShapePath[]> {
  const [tl, t1, t2] = limb(L.thigh, GIRTH.thigh);
  const [sl, s1, s2] = limb(L.shank, GIRTH.shank);
  const arm = (len: number, r: readonly [number, number]) => [{ d: capsule(...limb(len, r)) }];
  return {
    thigh: front
      ? [
          { d: capsule(tl, t1, t2) },
          { d: middle(tl, t1, t2, 0.2, 0.85), muscle: 'quadriceps' },
          { d: middle(tl, t1, t2, 0.02, 0.16, 0.5), muscle: 'hip-flexors' },
        ]
      : [
          { d: capsule(tl, t1, t2) },
          { d: face(tl, t1, t2, 1, 0.2, 0.85), muscle: 'quadriceps' },
          { d: face(tl, t1, t2, -1, 0.25, 0.88), muscle: 'hamstrings' },
          { d: face(tl, t1, t2, 1, 0.02, 0.17, 0.1), muscle: 'hip-flexors' },
        ],
    shank: front
      ? [
          { d: capsule(sl, s1, s2) },
          { d: middle(sl, s1, s2, 0.12, 0.6, 0.4), muscle: 'ankle-dorsiflexors' },
        ]
      : [
          { d: capsule(sl, s1, s2) },
          { d: face(sl, s1, s2, -1, 0.1, 0.62, 0.05), muscle: 'calves' },
          { d: face(sl, s1, s2, 1, 0.1, 0.6, 0.35), muscle: 'ankle-dorsiflexors' },
        ],
    'upper-arm': arm(L.upperArm, GIRTH.upperArm),
    forearm: arm(L.forearm, GIRTH.forearm),
    hand: arm(L.hand * 0.75, GIRTH.hand),
    neck: [{ d: capsule(L.neck * U, GIRTH.neck * U, GIRTH.neck * U) }],
  };
}

/** The torso in profile from the hip (origin) to the shoulder (+y); its front is -x. */
const TORSO_SIDE: ShapePath[] = [
  {
    d: `M-5.9 -3C-7.8 3 -7.2 9 -6.5 13C-7.2 18 -8.5 22 -7.2 ${n(T - 2)}C-5.9 ${n(T + 3)} 5.9 ${n(T + 3)} 6.5 ${n(T - 3)}C7.8 20 5.2 13 5.9 8C8.5 5 9.1 -1 6.5 -4C2.6 -7.5 -3.9 -7 -5.9 -3Z`,
  },
  { d: 'M2 -5.5C6.5 -5.5 9.1 -1 7.8 4L5.9 7.5L2 7Z', muscle: 'glutes' },
  { d: 'M-1.3 4L-6.5 4.5C-7 8 -6.8 12 -6.8 15L-1.3 15Z', muscle: 'core' },
  { d: 'M-2 -1L-6.2 -1.5L-6.4 3L-2 3Z', muscle: 'hip-flexors' },
];

/** The torso from the front, hips (origin) to shoulders (+y), symmetric about x = 0. */
const HALF_HIP = (L.hipWidth / 2) * U;
const HALF_SHOULDER = (L.shoulderWidth / 2) * U;
const TORSO_FRONT: ShapePath[] = [
  {
    d: `M${n(-HALF_HIP)} -3C${n(-HALF_HIP - 0.5)} 6 -8 10 -9 15C-10 20 ${n(-HALF_SHOULDER)} ${n(T - 4)} ${n(-HALF_SHOULDER + 1)} ${n(T + 1)}L${n(HALF_SHOULDER - 1)} ${n(T + 1)}C${n(HALF_SHOULDER)} ${n(T - 4)} 10 20 9 15C8 10 ${n(HALF_HIP + 0.5)} 6 ${n(HALF_HIP)} -3C5 -7 -5 -7 ${n(-HALF_HIP)} -3Z`,
  },
  { d: 'M-5.5 4L5.5 4L6 17L-6 17Z', muscle: 'core' },
  {
    d: `M${n(-HALF_HIP)} -1L${n(-HALF_HIP + 2.5)} -1L${n(-HALF_HIP + 3)} 6L${n(-HALF_HIP + 0.6)} 6Z`,
    muscle: 'glutes',
  },
  {
    d: `M${n(HALF_HIP)} -1L${n(HALF_HIP - 2.5)} -1L${n(HALF_HIP - 3)} 6L${n(HALF_HIP - 0.6)} 6Z`,
    muscle: 'glutes',
  },
  { d: 'M-7 -2L-2.5 0.5L-2.5 3L-7 1Z', muscle: 'hip-flexors' },
  { d: 'M7 -2L2.5 0.5L2.5 3L7 1Z', muscle: 'hip-flexors' },
];

const HEAD = GIRTH.head * U;
/** The head, centred on the origin; a nose on the face side (-x, as for the torso). */
const HEAD_SHAPE: ShapePath[] = [
  {
    d: `M${n(-HEAD)} 0A${n(HEAD)} ${n(HEAD)} 0 1 1 ${n(HEAD)} 0A${n(HEAD)} ${n(HEAD)} 0 1 1 ${n(-HEAD)} 0Z`,
  },
];

/** The foot in profile from the ankle (origin): toes along +y, the sole on the -x side. */
const AH = L.ankleHeight * U;
const HEEL = GIRTH.heelBehindAnkle * U;
const TOE = L.footLength * U - HEEL;
const FOOT_SIDE: ShapePath[] = [
  {
    d: `M2 -1.5C-1 ${n(-HEEL)} ${n(-AH)} ${n(-HEEL)} ${n(-AH)} ${n(-HEEL + 1.2)}L${n(-AH)} ${n(TOE - 1.5)}C${n(-AH)} ${n(TOE)} -2.2 ${n(TOE + 0.4)} -1.2 ${n(TOE)}C0.5 ${n(TOE * 0.6)} 1.8 3 2 -1.5Z`,
  },
];
/** The foot seen from the front: a short block under the ankle. */
const FOOT_FRONT: ShapePath[] = [{ d: `M-2.4 -1L2.4 -1L3 ${n(AH)}L-3 ${n(AH)}Z` }];

export type ShapeId =
  | 'torso-side'
  | 'torso-front'
  | 'head'
  | 'neck'
  | 'thigh-side'
  | 'thigh-front'
  | 'shank-side'
  | 'shank-front'
  | 'upper-arm'
  | 'forearm'
  | 'hand'
  | 'foot-side'
  | 'foot-front';

const side = limbShapes(false);
const front = limbShapes(true);

export const SHAPES: Record<ShapeId, ShapePath[]> = {
  'torso-side': TORSO_SIDE,
  'torso-front': TORSO_FRONT,
  head: HEAD_SHAPE,
  neck: side['neck']!,
  'thigh-side': side['thigh']!,
  'thigh-front': front['thigh']!,
  'shank-side': side['shank']!,
  'shank-front': front['shank']!,
  'upper-arm': side['upper-arm']!,
  forearm: side['forearm']!,
  hand: side['hand']!,
  'foot-side': FOOT_SIDE,
  'foot-front': FOOT_FRONT,
};

/** Nominal drawn length of each shape, so a foreshortened segment can be scaled to fit. */
export const SHAPE_LENGTH: Partial<Record<ShapeId, number>> = {
  'torso-side': T,
  'torso-front': T,
  'thigh-side': L.thigh * U,
  'thigh-front': L.thigh * U,
  'shank-side': L.shank * U,
  'shank-front': L.shank * U,
  'upper-arm': L.upperArm * U,
  forearm: L.forearm * U,
  hand: L.hand * U,
  neck: L.neck * U,
};
