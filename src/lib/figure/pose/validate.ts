import { solve, type Skeleton } from './kinematics';
import { bodyPoint } from './landmarks';
import { contactGap, depthIn, FLOOR_ID, reachBelow, solidOf, type Solid } from './props';
import { RANGE_OF_MOTION, type Range } from './range-of-motion';
import { SIDES, type Keyframe, type PoseFile } from './schema';
import { length, sub } from './vector';
import { propCentre } from './landmarks';

/** Body height fraction a contact may miss its surface by, or a body part sink into one. */
export const TOLERANCE = 0.01;

/** A pose that cannot be right, naming the file, the keyframe and the joint or body part. */
export class PoseError extends Error {
  constructor(
    readonly file: string,
    readonly keyframe: string,
    readonly where: string,
    problem: string,
  ) {
    super(`${file}: keyframe "${keyframe}": ${where}: ${problem}`);
    this.name = 'PoseError';
  }
}

const FLOOR: Solid = { kind: 'rect', x0: -1e3, y0: -1e3, x1: 1e3, y1: 0, rest: 'top' };

export function surfaces(data: PoseFile): Map<string, Solid> {
  const map = new Map<string, Solid>([[FLOOR_ID, FLOOR]]);
  for (const prop of data.props) {
    const solid = solidOf(prop);
    if (solid) map.set(prop.id, solid);
  }
  return map;
}

const outside = (value: number, range: Range) => value < range.min || value > range.max;

function checkRange(file: string, frame: Keyframe) {
  for (const side of SIDES) {
    const pose = frame[side];
    for (const joint of ['knee', 'ankle', 'elbow', 'wrist'] as const) {
      const range = RANGE_OF_MOTION[joint];
      if (outside(pose[joint], range))
        throw new PoseError(
          file,
          frame.label,
          `${side} ${joint}`,
          `${pose[joint]}° is outside the normal range ${range.min}° to ${range.max}°`,
        );
    }
    for (const joint of ['hip', 'shoulder'] as const) {
      for (const axis of ['flex', 'abd', 'rot'] as const) {
        const range = RANGE_OF_MOTION[joint][axis];
        const value = pose[joint][axis];
        if (outside(value, range))
          throw new PoseError(
            file,
            frame.label,
            `${side} ${joint} ${axis}`,
            `${value}° is outside the normal range ${range.min}° to ${range.max}°`,
          );
      }
    }
  }
}

function checkContacts(file: string, frame: Keyframe, s: Skeleton, solids: Map<string, Solid>) {
  for (const contact of frame.contacts) {
    const solid = solids.get(contact.on);
    if (!solid)
      throw new PoseError(
        file,
        frame.label,
        contact.part,
        `rests on "${contact.on}", which is not a surface in the scene`,
      );
    const { at, r } = bodyPoint(s, contact.part);
    const gap = contactGap(solid, at[0], at[1], r, s.root[0]);
    const face = solid.kind === 'rect' ? (solid.rest === 'top' ? ' top' : ' near side') : '';
    if (Math.abs(gap) > TOLERANCE)
      throw new PoseError(
        file,
        frame.label,
        contact.part,
        `declared on the ${contact.on}${face} but ${gap > 0 ? 'off' : 'inside'} it by ${Math.abs(gap).toFixed(3)} of body height`,
      );
  }
}

/** Points along each segment, with the body's radius there. */
export function samples(s: Skeleton) {
  const out: { where: string; x: number; y: number; r: number }[] = [];
  for (const seg of s.segments) {
    const name = seg.side ? `${seg.side} ${seg.id}` : seg.id;
    const steps = seg.id === 'head' ? 0 : 8;
    if (seg.id === 'foot' || seg.id === 'toes') {
      // Points on the sole: the skin is the sole itself.
      for (let i = 0; i <= 4; i++) {
        const k = i / 4;
        out.push({
          where: name,
          x: seg.start[0] + (seg.end[0] - seg.start[0]) * k,
          y: seg.start[1] + (seg.end[1] - seg.start[1]) * k,
          r: 0,
        });
      }
      continue;
    }
    for (let i = 0; i <= steps; i++) {
      const k = steps === 0 ? 0 : i / steps;
      const r = seg.r[0] + (seg.r[1] - seg.r[0]) * k;
      out.push({
        where: name,
        x: seg.start[0] + (seg.end[0] - seg.start[0]) * k,
        y: seg.start[1] + (seg.end[1] - seg.start[1]) * k,
        r,
      });
    }
  }
  return out;
}

function checkInside(
  file: string,
  frame: Keyframe,
  s: Skeleton,
  solids: Map<string, Solid>,
  data: PoseFile,
) {
  for (const point of samples(s)) {
    for (const [id, solid] of solids) {
      const depth = depthIn(solid, point.x, point.y, point.r, s.root[0]);
      if (depth > TOLERANCE)
        throw new PoseError(
          file,
          frame.label,
          point.where,
          `${id === FLOOR_ID ? 'below the floor' : `inside the ${id}`} by ${depth.toFixed(3)} of body height`,
        );
    }
  }
  for (const prop of data.props) {
    if (!prop.carriedBy) continue;
    const [, y] = propCentre(s, prop);
    if (y - reachBelow(prop) < -TOLERANCE)
      throw new PoseError(file, frame.label, prop.id, `the ${prop.kind} goes below the floor`);
  }
}

const PLANTED = /\.(heel|ball|toe|hand|knee)$/;

function checkSliding(file: string, a: Keyframe, b: Keyframe, sa: Skeleton, sb: Skeleton) {
  for (const contact of b.contacts) {
    if (!PLANTED.test(contact.part)) continue;
    const before = a.contacts.find((c) => c.part === contact.part && c.on === contact.on);
    if (!before) continue;
    const moved = length(sub(bodyPoint(sb, contact.part).at, bodyPoint(sa, contact.part).at));
    if (moved > TOLERANCE)
      throw new PoseError(
        file,
        b.label,
        contact.part,
        `planted on ${contact.on} since "${a.label}" but slides ${moved.toFixed(3)} of body height`,
      );
  }
}

/** Checks every rule; throws the first PoseError found. Returns the solved skeletons. */
export function validatePoses(file: string, data: PoseFile): Skeleton[] {
  const solids = surfaces(data);
  const skeletons = data.keyframes.map((frame) => {
    checkRange(file, frame);
    const s = solve(frame);
    checkContacts(file, frame, s, solids);
    checkInside(file, frame, s, solids, data);
    return s;
  });
  data.keyframes.forEach((frame, i) => {
    if (i > 0) checkSliding(file, data.keyframes[i - 1]!, frame, skeletons[i - 1]!, skeletons[i]!);
  });
  return skeletons;
}
