import { GIRTH, WINTER_2009 as L } from './anthropometry';
import type { Keyframe, Side, SidePose } from './schema';
import { add, apply, mul, rotX, rotY, rotZ, scale, type Mat3, type Vec3 } from './vector';

/**
 * Forward kinematics: joint angles to body points. Each segment has a frame whose local -y
 * axis runs from its proximal to its distal joint and whose local +x axis is its front, so a
 * flexion is a turn about local z. The trunk and pelvis move as one piece (Winter's trunk
 * runs from the hip to the shoulder), and the head rides on the trunk with a nod.
 */

/** A segment of the body as a tapered capsule between two joints. */
export interface Segment {
  id: SegmentId;
  side: Side | null;
  start: Vec3;
  end: Vec3;
  /** Radius at the start and at the end. */
  r: readonly [number, number];
  frame: Mat3;
}

export const LIMB_SEGMENTS = [
  'thigh',
  'shank',
  'foot',
  'toes',
  'upper-arm',
  'forearm',
  'hand',
] as const;
export type LimbSegment = (typeof LIMB_SEGMENTS)[number];
export type SegmentId = 'trunk' | 'neck' | 'head' | LimbSegment;

export interface SideChain {
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  heel: Vec3;
  ball: Vec3;
  toe: Vec3;
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  fingertip: Vec3;
  frames: Record<LimbSegment, Mat3>;
}

export interface Skeleton {
  root: Vec3;
  trunkFrame: Mat3;
  neckFrame: Mat3;
  shoulderCentre: Vec3;
  headCentre: Vec3;
  left: SideChain;
  right: SideChain;
  segments: Segment[];
}

const DOWN: Vec3 = [0, -1, 0];
const UP: Vec3 = [0, 1, 0];
const FRONT: Vec3 = [1, 0, 0];
/** Where the ball of the foot sits along the foot (a drawing choice, not from the table). */
const BALL = 0.72;

/** Hip joints sit inside the hip breadth by half a thigh; shoulders likewise by half an arm. */
const HIP_HALF = L.hipWidth / 2 - GIRTH.thigh[0] / 2;
const SHOULDER_HALF = L.shoulderWidth / 2 - GIRTH.upperArm[0];

/** +1 for the right side (toward +z), -1 for the left. */
const sign = (side: Side) => (side === 'right' ? 1 : -1);

/** The pelvis leans and bends with the trunk but does not twist: a twist turns the chest. */
export function pelvisFrame(trunk: Keyframe['trunk']): Mat3 {
  return mul(rotZ(-trunk.lean), rotX(trunk.side));
}

export function trunkFrame(trunk: Keyframe['trunk']): Mat3 {
  return mul(pelvisFrame(trunk), rotY(-trunk.twist));
}

function limbFrame(parent: Mat3, joint: { flex: number; abd: number; rot: number }, s: number) {
  return mul(mul(mul(parent, rotZ(joint.flex)), rotX(-s * joint.abd)), rotY(-s * joint.rot));
}

function chain(
  root: Vec3,
  pelvis: Mat3,
  trunk: Mat3,
  shoulderCentre: Vec3,
  side: Side,
  pose: SidePose,
): SideChain {
  const s = sign(side);
  const hip = add(root, apply(pelvis, [0, 0, s * HIP_HALF]));
  const thigh = limbFrame(pelvis, pose.hip, s);
  const knee = add(hip, scale(apply(thigh, DOWN), L.thigh));
  const shank = mul(thigh, rotZ(-pose.knee));
  const ankle = add(knee, scale(apply(shank, DOWN), L.shank));
  const foot = mul(shank, rotZ(90 + pose.ankle));
  const toeward = apply(foot, DOWN);
  const dorsal = apply(foot, FRONT);
  const onSole = (along: number) =>
    add(add(ankle, scale(toeward, along)), scale(dorsal, -L.ankleHeight));
  const ball = onSole(BALL * L.footLength - GIRTH.heelBehindAnkle);
  let toe = onSole(L.footLength - GIRTH.heelBehindAnkle);
  // The toes bend up at the ball (a raised heel, tucked toes) rather than dip below it: they
  // turn toward the top of the foot until they lie level with the ball.
  if (toe[1] < ball[1]) {
    const turn = dorsal[1] > 1e-6 ? Math.atan2(-toeward[1], dorsal[1]) : Math.PI / 2;
    const dir = add(scale(toeward, Math.cos(turn)), scale(dorsal, Math.sin(turn)));
    toe = add(ball, scale(dir, (1 - BALL) * L.footLength));
  }
  const shoulder = add(shoulderCentre, apply(trunk, [0, 0, s * SHOULDER_HALF]));
  const upperArm = limbFrame(trunk, pose.shoulder, s);
  const elbow = add(shoulder, scale(apply(upperArm, DOWN), L.upperArm));
  const forearm = mul(upperArm, rotZ(pose.elbow));
  const wrist = add(elbow, scale(apply(forearm, DOWN), L.forearm));
  const hand = mul(forearm, rotZ(pose.wrist));
  const fingertip = add(wrist, scale(apply(hand, DOWN), L.hand));
  return {
    hip,
    knee,
    ankle,
    heel: onSole(-GIRTH.heelBehindAnkle),
    ball,
    toe,
    shoulder,
    elbow,
    wrist,
    fingertip,
    frames: { thigh, shank, foot, toes: foot, 'upper-arm': upperArm, forearm, hand },
  };
}

function limbSegments(side: Side, c: SideChain): Segment[] {
  const seg = (id: LimbSegment, start: Vec3, end: Vec3, r: readonly [number, number]) => ({
    id,
    side,
    start,
    end,
    r,
    frame: c.frames[id],
  });
  return [
    seg('thigh', c.hip, c.knee, GIRTH.thigh),
    seg('shank', c.knee, c.ankle, GIRTH.shank),
    seg('foot', c.heel, c.ball, [0.016, 0.012]),
    seg('toes', c.ball, c.toe, [0.008, 0.006]),
    seg('upper-arm', c.shoulder, c.elbow, GIRTH.upperArm),
    seg('forearm', c.elbow, c.wrist, GIRTH.forearm),
    seg('hand', c.wrist, c.fingertip, GIRTH.hand),
  ];
}

export function solve(pose: Keyframe): Skeleton {
  const root: Vec3 = [pose.root.x, pose.root.y, pose.root.z];
  const trunk = trunkFrame(pose.trunk);
  const shoulderCentre = add(root, scale(apply(trunk, UP), L.trunk));
  const neckFrame = mul(trunk, rotZ(-pose.neck));
  const headCentre = add(shoulderCentre, apply(neckFrame, [0, L.neck + L.head / 2, 0]));
  const pelvis = pelvisFrame(pose.trunk);
  const left = chain(root, pelvis, trunk, shoulderCentre, 'left', pose.left);
  const right = chain(root, pelvis, trunk, shoulderCentre, 'right', pose.right);
  const neckTop = add(shoulderCentre, apply(neckFrame, [0, L.neck, 0]));
  return {
    root,
    trunkFrame: trunk,
    neckFrame,
    shoulderCentre,
    headCentre,
    left,
    right,
    segments: [
      {
        id: 'trunk',
        side: null,
        start: root,
        end: shoulderCentre,
        r: [GIRTH.trunkHip, GIRTH.trunkShoulder],
        frame: trunk,
      },
      {
        id: 'neck',
        side: null,
        start: shoulderCentre,
        end: neckTop,
        r: [GIRTH.neck, GIRTH.neck],
        frame: neckFrame,
      },
      {
        id: 'head',
        side: null,
        start: headCentre,
        end: headCentre,
        r: [GIRTH.head, GIRTH.head],
        frame: neckFrame,
      },
      ...limbSegments('left', left),
      ...limbSegments('right', right),
    ],
  };
}
