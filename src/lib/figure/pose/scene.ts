import { WINTER_2009 as L } from './anthropometry';
import type { Skeleton, SideChain } from './kinematics';
import { carrierOf, gripOf, propCentre } from './landmarks';
import { PROP_SIZE, solidOf } from './props';
import type { Keyframe, PoseFile, Prop, Side } from './schema';
import { SHAPE_LENGTH, U, type ShapeId } from './shapes';
import type { Vec3 } from './vector';

/**
 * A keyframe as a tree of placed shapes, ready to draw: each node sits at an offset in its
 * parent's frame and turns by an angle relative to it, so two keyframes differ only in those
 * numbers and a CSS animation between them keeps every joint attached.
 */
export interface SceneNode {
  /** Stable name of the node across keyframes, used for the animation's keyframes. */
  key: string;
  shape: ShapeId | PropShape | null;
  /** far: behind the trunk and toned down. */
  depth: 'near' | 'far' | 'mid';
  x: number;
  y: number;
  a: number;
  /** Length scale of the node's own shape (foreshortening). */
  s: number;
  before: SceneNode[];
  after: SceneNode[];
}

export type PropShape = `prop-${'barbell' | 'dumbbell' | 'kettlebell' | 'band' | 'rope' | 'pad'}`;

export type View = PoseFile['view'];

/** Screen position (SVG units, y down) of a body point in a view. */
export function project(view: View, v: Vec3): [number, number] {
  return view === 'side' ? [v[0] * U, -v[1] * U] : [-v[2] * U, -v[1] * U];
}

/** The SVG rotation that turns local +y onto the direction from a to b. */
function angleOf(a: [number, number], b: [number, number]): number {
  return (Math.atan2(-(b[0] - a[0]), b[1] - a[1]) * 180) / Math.PI;
}

interface Placed {
  at: [number, number];
  a: number;
}

const RAD = Math.PI / 180;
function local(parent: Placed, at: [number, number], a: number) {
  const dx = at[0] - parent.at[0];
  const dy = at[1] - parent.at[1];
  const c = Math.cos(-parent.a * RAD);
  const s = Math.sin(-parent.a * RAD);
  return { x: dx * c - dy * s, y: dx * s + dy * c, a: a - parent.a };
}

function node(
  key: string,
  shape: SceneNode['shape'],
  depth: SceneNode['depth'],
  parent: Placed,
  self: Placed,
  s = 1,
): SceneNode {
  return { key, shape, depth, ...local(parent, self.at, self.a), s, before: [], after: [] };
}

function segment(view: View, from: Vec3, to: Vec3, nominal: number | undefined) {
  const a = project(view, from);
  const b = project(view, to);
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  return { placed: { at: a, a: angleOf(a, b) }, s: nominal ? Math.max(len / nominal, 0.05) : 1 };
}

function limbChain(view: View, side: Side, c: SideChain, depth: SceneNode['depth'], trunk: Placed) {
  const v = view === 'side' ? 'side' : 'front';
  const thighShape: ShapeId = `thigh-${v}`;
  const shankShape: ShapeId = `shank-${v}`;
  const t = segment(view, c.hip, c.knee, SHAPE_LENGTH[thighShape]);
  const sh = segment(view, c.knee, c.ankle, SHAPE_LENGTH[shankShape]);
  const footPlaced: Placed =
    view === 'side'
      ? { at: project(view, c.ankle), a: angleOf(project(view, c.heel), project(view, c.ball)) }
      : { at: project(view, c.ankle), a: 0 };
  const thigh = node(`${side}-thigh`, thighShape, depth, trunk, t.placed, t.s);
  const shank = node(`${side}-shank`, shankShape, depth, t.placed, sh.placed, sh.s);
  const foot = node(`${side}-foot`, `foot-${v}`, depth, sh.placed, footPlaced);
  const ball = project(view, c.ball);
  const toes = node(`${side}-toes`, view === 'side' ? 'toes-side' : null, depth, footPlaced, {
    at: ball,
    a: angleOf(ball, project(view, c.toe)),
  });
  foot.after.push(toes);
  shank.after.push(foot);
  thigh.after.push(shank);

  const ua = segment(view, c.shoulder, c.elbow, SHAPE_LENGTH['upper-arm']);
  const fa = segment(view, c.elbow, c.wrist, SHAPE_LENGTH.forearm);
  const hd = segment(view, c.wrist, c.fingertip, SHAPE_LENGTH.hand);
  const upper = node(`${side}-upper-arm`, 'upper-arm', depth, trunk, ua.placed, ua.s);
  const fore = node(`${side}-forearm`, 'forearm', depth, ua.placed, fa.placed, fa.s);
  const hand = node(`${side}-hand`, 'hand', depth, fa.placed, hd.placed, hd.s);
  fore.after.push(hand);
  upper.after.push(fore);
  return { thigh, arm: upper, hand, handPlaced: hd.placed };
}

const PROP_SHAPES: Partial<Record<Prop['kind'], PropShape>> = {
  barbell: 'prop-barbell',
  dumbbell: 'prop-dumbbell',
  kettlebell: 'prop-kettlebell',
  band: 'prop-band',
  'jump-rope': 'prop-rope',
  pad: 'prop-pad',
};

/**
 * One keyframe's scene. `reachForward` puts the legs in front of the trunk in the front view;
 * it holds for the whole file so every keyframe has the same drawing order.
 */
export function buildScene(
  view: View,
  data: PoseFile,
  frame: Keyframe,
  s: Skeleton,
  reachForward = false,
): SceneNode {
  const t = segment(view, s.root, s.shoulderCentre, SHAPE_LENGTH[`torso-${view}`]);
  const origin: Placed = { at: [0, 0], a: 0 };
  const trunk = node('trunk', `torso-${view}`, 'mid', origin, t.placed, t.s);
  const near: Side = view === 'side' ? 'right' : 'left';
  const far: Side = near === 'right' ? 'left' : 'right';
  const nearChain = limbChain(view, near, s[near], view === 'side' ? 'near' : 'mid', t.placed);
  const farChain = limbChain(view, far, s[far], view === 'side' ? 'far' : 'mid', t.placed);
  const neck = segment(view, s.shoulderCentre, s.headCentre, undefined);
  const neckNode = node('neck', 'neck', 'mid', t.placed, neck.placed, t.s);
  const headNode = node('head', `head-${view}`, 'mid', neck.placed, {
    at: project(view, s.headCentre),
    a: neck.placed.a,
  });
  neckNode.after.push(headNode);

  if (view === 'side') {
    trunk.before.push(farChain.thigh, farChain.arm);
    trunk.after.push(neckNode, nearChain.thigh, nearChain.arm);
  } else {
    // From the front the legs hang behind the trunk's outline unless they reach toward the
    // viewer (a seated figure's knees), and the arms come in front of it.
    const legs = reachForward ? trunk.after : trunk.before;
    legs.push(farChain.thigh, nearChain.thigh);
    trunk.after.push(neckNode, farChain.arm, nearChain.arm);
  }

  const chains = { [near]: nearChain, [far]: farChain } as Record<Side, typeof nearChain>;
  for (const prop of data.props) {
    const shape = PROP_SHAPES[prop.kind];
    if (!shape || !prop.carriedBy) continue;
    if (prop.kind === 'jump-rope') {
      // The rope runs from the hands to the far point of its turn: over the head, out in
      // front, under the feet or behind the back.
      const side = prop.carriedBy.startsWith('left') ? 'left' : 'right';
      const grip = project(view, gripOf(s[side].wrist, s[side].frames.hand));
      const feet = [s.left.heel, s.left.toe, s.right.heel, s.right.toe];
      const lowest = Math.min(...feet.map((p) => p[1]));
      const midFoot = feet.reduce((sum, p) => sum + p[0], 0) / feet.length;
      const far: Record<NonNullable<Keyframe['rope']>, Vec3> = {
        over: [s.headCentre[0], s.headCentre[1] + 0.12, 0],
        front: [s.root[0] + 0.32, s.root[1] - 0.1, 0],
        under: [midFoot, Math.max(0, lowest - 0.015), 0],
        back: [s.root[0] - 0.3, s.root[1] - 0.1, 0],
      };
      const apex = project(view, far[frame.rope ?? 'under']);
      const placed = { at: grip, a: angleOf(grip, apex) };
      const reach = Math.hypot(apex[0] - grip[0], apex[1] - grip[1]);
      trunk.after.push(node('rope', shape, 'mid', t.placed, placed, reach / U));
      continue;
    }
    if (prop.kind === 'band' && prop.to) {
      const a = project(view, carrierOf(s, prop.carriedBy).at);
      const b = project(view, carrierOf(s, prop.to).at);
      const placed = { at: a, a: angleOf(a, b) };
      trunk.before.push(
        node(prop.id, shape, 'mid', t.placed, placed, Math.hypot(b[0] - a[0], b[1] - a[1]) / U),
      );
      continue;
    }
    const centre = project(view, propCentre(s, prop));
    const holder = prop.carriedBy.endsWith('hand')
      ? chains[prop.carriedBy.startsWith('left') ? 'left' : 'right']
      : null;
    const parent = holder ? holder.handPlaced : t.placed;
    const item = node(prop.id, shape, 'mid', parent, { at: centre, a: 0 });
    if (holder) holder.hand.after.push(item);
    else trunk.after.push(item);
  }
  return trunk;
}

/** Fixed props in scene units, drawn behind the figure. */
export function fixedProps(view: View, data: PoseFile): string[] {
  const out: string[] = [];
  for (const prop of data.props) {
    const solid = solidOf(prop);
    if (!solid) continue;
    if (solid.kind === 'circle') {
      out.push(
        `<circle class="prop" cx="${r(solid.x * U)}" cy="${r(-solid.y * U)}" r="${r(solid.r * U)}"/>`,
      );
      continue;
    }
    const x0 = view === 'side' ? solid.x0 : -0.35;
    const x1 = view === 'side' ? solid.x1 : 0.35;
    const y = -solid.y1 * U;
    const h = (solid.y1 - solid.y0) * U;
    if (prop.kind === 'bench') {
      out.push(
        `<path class="prop leg" d="M${r(x0 * U + 4)} ${r(y)}h${r((x1 - x0) * U - 8)}M${r(x0 * U + 5)} ${r(y)}v${r(h)}M${r(x1 * U - 5)} ${r(y)}v${r(h)}"/>`,
        `<rect class="prop pad" x="${r(x0 * U)}" y="${r(y)}" width="${r((x1 - x0) * U)}" height="5" rx="2"/>`,
      );
    } else {
      out.push(
        `<rect class="prop${prop.kind === 'mat' ? ' mat' : ''}" x="${r(x0 * U)}" y="${r(y)}" width="${r((x1 - x0) * U)}" height="${r(h)}" rx="${prop.kind === 'box' ? 1.5 : 0.5}"/>`,
      );
    }
  }
  return out;
}

/** The prop shapes, in the same local units as the body's shapes. */
export const PROP_PATHS: Record<PropShape, string> = {
  'prop-barbell': `<circle r="${PROP_SIZE.plate * U}" class="prop plate"/><circle r="1.6" class="prop bar"/>`,
  'prop-dumbbell': `<rect x="-9" y="-1.2" width="18" height="2.4" class="prop bar"/><rect x="-9" y="-4.5" width="4.5" height="9" rx="1.2" class="prop plate"/><rect x="4.5" y="-4.5" width="4.5" height="9" rx="1.2" class="prop plate"/>`,
  'prop-kettlebell': `<path d="M-3 -1.5V-6.5A3 3 0 0 1 3 -6.5V-1.5" class="prop handle"/><circle cy="3.5" r="${PROP_SIZE.kettlebell * U}" class="prop plate"/>`,
  'prop-band': `<path d="M0 0V${U}" class="band"/>`,
  'prop-rope': `<path d="M0 0C-9 20 -9 80 0 ${U}" class="rope"/>`,
  'prop-pad': `<circle r="${PROP_SIZE.pad * U}" class="prop pad"/>`,
};

const r = (v: number) => Number(v.toFixed(1));
export const LENGTH_UNIT = L;
