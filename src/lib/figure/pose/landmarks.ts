import { GIRTH, WINTER_2009 as L } from './anthropometry';
import type { Skeleton } from './kinematics';
import type { Contact, Prop } from './schema';
import { add, apply, scale, type Mat3, type Vec3 } from './vector';

/**
 * Body points that can rest on a surface, each as a point inside the body and the body's
 * radius there: the skin touches a surface when the point is that radius away from it.
 */
export interface BodyPoint {
  at: Vec3;
  r: number;
}

const along = (s: Skeleton, k: number): Vec3 =>
  add(s.root, scale(apply(s.trunkFrame, [0, 1, 0]), k * L.trunk));
const trunkRadius = (k: number) => GIRTH.trunkHip + (GIRTH.trunkShoulder - GIRTH.trunkHip) * k;
/** The hand grips or presses at its middle. */
const GRIP = 0.45;

export function bodyPoint(s: Skeleton, part: Contact['part']): BodyPoint {
  switch (part) {
    case 'seat':
    case 'sacrum':
      return { at: s.root, r: GIRTH.trunkHip };
    case 'back':
      return { at: along(s, 0.45), r: trunkRadius(0.45) };
    case 'upper-back':
      return { at: along(s, 0.97), r: trunkRadius(0.97) };
    case 'head':
      return { at: s.headCentre, r: GIRTH.head };
  }
  const [sideName, landmark] = part.split('.') as ['left' | 'right', string];
  const c = s[sideName];
  switch (landmark) {
    case 'heel':
      return { at: c.heel, r: 0 };
    case 'ball':
      return { at: c.ball, r: 0 };
    case 'toe':
      return { at: c.toe, r: 0 };
    case 'knee':
      return { at: c.knee, r: GIRTH.thigh[1] };
    case 'elbow':
      return { at: c.elbow, r: GIRTH.forearm[0] };
    default:
      return { at: gripOf(c.wrist, c.frames.hand), r: GIRTH.hand[0] };
  }
}

export function gripOf(wrist: Vec3, hand: Mat3): Vec3 {
  return add(wrist, scale(apply(hand, [0, -1, 0]), GRIP * L.hand));
}

/** Where a carried prop's own origin is, and the frame it turns with. */
export function carrierOf(
  s: Skeleton,
  carrier: NonNullable<Prop['carriedBy']>,
): { at: Vec3; frame: Mat3 } {
  switch (carrier) {
    case 'pelvis':
    case 'trunk':
      return { at: s.root, frame: s.trunkFrame };
    case 'left-hand':
    case 'right-hand': {
      const c = carrier === 'left-hand' ? s.left : s.right;
      return { at: gripOf(c.wrist, c.frames.hand), frame: c.frames.hand };
    }
    case 'left-thigh':
    case 'right-thigh': {
      const c = carrier === 'left-thigh' ? s.left : s.right;
      return { at: c.knee, frame: c.frames.thigh };
    }
    case 'left-shank':
    case 'right-shank': {
      const c = carrier === 'left-shank' ? s.left : s.right;
      return { at: c.ankle, frame: c.frames.shank };
    }
  }
}

/** A carried prop's centre in the scene. */
export function propCentre(s: Skeleton, prop: Prop): Vec3 {
  if (!prop.carriedBy) return [prop.x, prop.y, 0];
  const { at, frame } = carrierOf(s, prop.carriedBy);
  return add(at, apply(frame, [prop.x, prop.y, 0]));
}
