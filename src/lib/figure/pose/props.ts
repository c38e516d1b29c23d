import type { Prop } from './schema';

/**
 * Prop sizes where the pose data leaves them out, as fractions of body height (drawing
 * choices for a figure about 1.75 m tall: a 45 cm plate, a 43 cm bench, a 30 cm box, a 2 cm mat).
 */
export const PROP_SIZE = {
  mat: { w: 1.1, h: 0.012 },
  bench: { w: 0.7, h: 0.245 },
  box: { w: 0.26, h: 0.17 },
  wall: { w: 0.03, h: 1.25 },
  /** Radius of a barbell plate, a dumbbell head, a kettlebell and a machine's roller pad. */
  plate: 0.129,
  dumbbell: 0.045,
  kettlebell: 0.055,
  pad: 0.045,
} as const;

/**
 * A solid the body must stay out of and may rest on: on the top of a floor, mat, bench or box,
 * against the side of a wall that faces the figure, anywhere on a round pad.
 */
export type Solid =
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number; rest: 'top' | 'side' }
  | { kind: 'circle'; x: number; y: number; r: number };

export const FLOOR_ID = 'floor';

/** The solid a fixed prop occupies, in the side view's x-y plane; carried props have none. */
export function solidOf(prop: Prop): Solid | null {
  if (prop.carriedBy) return null;
  switch (prop.kind) {
    case 'mat':
    case 'bench':
    case 'box':
    case 'wall': {
      const size = PROP_SIZE[prop.kind];
      const w = prop.w ?? size.w;
      const h = prop.h ?? size.h;
      const rest = prop.kind === 'wall' ? 'side' : 'top';
      return { kind: 'rect', x0: prop.x, y0: prop.y, x1: prop.x + w, y1: prop.y + h, rest };
    }
    case 'pad':
      return { kind: 'circle', x: prop.x, y: prop.y, r: PROP_SIZE.pad };
    default:
      return null;
  }
}

/** Signed distance from a point to a solid: negative inside. */
export function distanceTo(solid: Solid, x: number, y: number): number {
  if (solid.kind === 'circle') return Math.hypot(x - solid.x, y - solid.y) - solid.r;
  const dx = Math.max(solid.x0 - x, x - solid.x1);
  const dy = Math.max(solid.y0 - y, y - solid.y1);
  if (dx <= 0 && dy <= 0) return Math.max(dx, dy);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
}

/** How far a carried prop reaches below its centre, so it can be kept above the floor. */
export function reachBelow(prop: Prop): number {
  if (prop.kind === 'barbell') return PROP_SIZE.plate;
  if (prop.kind === 'dumbbell') return PROP_SIZE.dumbbell;
  if (prop.kind === 'kettlebell') return PROP_SIZE.kettlebell;
  return 0;
}

/**
 * How far a body point of radius r is from resting on the solid's resting face: positive
 * above or away from it, negative pressed into it. A point beside a box is not on its top and
 * a hand behind a wall is not against it, however close they are to the solid.
 */
export function contactGap(solid: Solid, x: number, y: number, r: number, from: number): number {
  if (solid.kind === 'circle') return distanceTo(solid, x, y) - r;
  const off = distanceTo(solid, x, y) - r;
  if (solid.rest === 'top') {
    const over = x >= solid.x0 - r && x <= solid.x1 + r;
    return over ? y - r - solid.y1 : Math.max(off, Math.abs(y - r - solid.y1));
  }
  const beside = y >= solid.y0 && y <= solid.y1;
  const gap = from < solid.x0 ? solid.x0 - (x + r) : x - r - solid.x1;
  return beside ? gap : Math.max(off, Math.abs(gap));
}

/**
 * How deep a body point of radius r is inside the solid (negative when clear of it). A wall is
 * measured from the face toward the figure, so a hand pushed through a thin wall counts as
 * deep inside it rather than as near its far face.
 */
export function depthIn(solid: Solid, x: number, y: number, r: number, from: number): number {
  if (solid.kind === 'rect' && solid.rest === 'side' && y >= solid.y0 - r && y <= solid.y1 + r) {
    return from < solid.x0 ? x + r - solid.x0 : solid.x1 - (x - r);
  }
  return r - distanceTo(solid, x, y);
}
