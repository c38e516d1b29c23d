import type { Skeleton } from './kinematics';
import {
  buildScene,
  fixedProps,
  PROP_PATHS,
  type PropShape,
  type SceneNode,
  type View,
} from './scene';
import type { PoseFile } from './schema';
import { SHAPES, U, type MuscleGroupId, type ShapeId } from './shapes';

/**
 * SVG for a pose file: one static frame per keyframe, an animated figure, and the CSS
 * keyframes that move it. Shapes are referenced by id from one <defs> block, so a frame
 * carries only its numbers.
 */

const n = (v: number) => Number(v.toFixed(1));
export const SHAPE_PREFIX = 'fx-';

function transform(node: SceneNode): string {
  const parts = [];
  if (node.x || node.y) parts.push(`translate(${n(node.x)} ${n(node.y)})`);
  if (n(node.a)) parts.push(`rotate(${n(node.a)})`);
  return parts.join(' ');
}

export interface Paint {
  /** Inline the shapes and literal colours (for PNG rendering), instead of <use> and classes. */
  standalone?: {
    fill: (muscle: MuscleGroupId | undefined, far: boolean) => string;
    stroke: string;
    prop: string;
  };
}

function shapeMarkup(id: ShapeId | PropShape, paint: Paint, far: boolean): string {
  if (id.startsWith('prop-')) {
    const body = PROP_PATHS[id as PropShape];
    return paint.standalone
      ? body.replace(
          /class="[^"]*"/g,
          `fill="${paint.standalone.prop}" stroke="${paint.standalone.stroke}" stroke-width="0.6"`,
        )
      : body;
  }
  if (!paint.standalone) return `<use href="#${SHAPE_PREFIX}${id}"/>`;
  const { fill, stroke } = paint.standalone;
  return SHAPES[id as ShapeId]
    .map(
      (p) =>
        `<path d="${p.d}" fill="${fill(p.muscle, far)}"${p.muscle ? '' : ` stroke="${stroke}" stroke-width="0.7"`}/>`,
    )
    .join('');
}

function nodeMarkup(node: SceneNode, paint: Paint, animated: boolean, far = false): string {
  const isFar = far || node.depth === 'far';
  const t = transform(node);
  const cls = [animated ? `k-${node.key}` : '', node.depth === 'far' ? 'far' : '']
    .filter(Boolean)
    .join(' ');
  const own = node.shape
    ? node.s !== 1 && Math.abs(node.s - 1) > 0.005
      ? `<g transform="scale(1 ${n(node.s)})">${shapeMarkup(node.shape, paint, isFar)}</g>`
      : shapeMarkup(node.shape, paint, isFar)
    : '';
  const kids = (list: SceneNode[]) =>
    list.map((c) => nodeMarkup(c, paint, animated, isFar)).join('');
  return `<g${cls ? ` class="${cls}"` : ''}${t ? ` transform="${t}"` : ''}${paint.standalone && node.depth === 'far' ? ' opacity="0.55"' : ''}>${kids(node.before)}${own}${kids(node.after)}</g>`;
}

/** The shared shape definitions, once per page. */
export function shapeDefs(): string {
  const paths = (Object.keys(SHAPES) as ShapeId[]).map(
    (id) =>
      `<g id="${SHAPE_PREFIX}${id}">${SHAPES[id].map((p) => `<path d="${p.d}"${p.muscle ? ` class="m m-${p.muscle}"` : ' class="o"'}/>`).join('')}</g>`,
  );
  return `<defs>${paths.join('')}</defs>`;
}

export interface Demo {
  viewBox: string;
  frames: string[];
  animated: string;
  /** CSS keyframes and rules for the animated figure, scoped by the figure's id. */
  css: string;
}

function bounds(skeletons: readonly Skeleton[], view: View, data: PoseFile) {
  const xs: number[] = [];
  const ys: number[] = [0];
  for (const s of skeletons) {
    for (const seg of s.segments) {
      for (const p of [seg.start, seg.end]) {
        const [x, y] = view === 'side' ? [p[0], p[1]] : [-p[2], p[1]];
        xs.push(x * U - 8, x * U + 8);
        ys.push(-y * U - 8, -y * U + 8);
      }
    }
  }
  for (const prop of data.props) {
    if (prop.carriedBy || view !== 'side') continue;
    if (prop.kind === 'jump-rope' || prop.kind === 'band') continue;
    xs.push(prop.x * U, (prop.x + (prop.w ?? 0.3)) * U);
  }
  if (data.props.some((p) => p.kind === 'jump-rope')) ys.push(-112);
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.ceil(Math.max(...xs));
  const y0 = Math.floor(Math.min(...ys));
  return { x0, y0, w: x1 - x0, h: Math.ceil(Math.max(...ys)) + 3 - y0 };
}

/** Unwraps each node's angle so the animation turns the short way between keyframes. */
function unwrap(scenes: SceneNode[]) {
  const flat = scenes.map((scene) => {
    const out: SceneNode[] = [];
    const walk = (nd: SceneNode) => {
      out.push(nd);
      nd.before.forEach(walk);
      nd.after.forEach(walk);
    };
    walk(scene);
    return out;
  });
  for (let k = 1; k < flat.length; k++) {
    flat[k]!.forEach((nd, i) => {
      const prev = flat[k - 1]![i]!.a;
      while (nd.a - prev > 180) nd.a -= 360;
      while (nd.a - prev < -180) nd.a += 360;
    });
  }
  return flat;
}

export function renderDemo(
  id: string,
  data: PoseFile,
  skeletons: readonly Skeleton[],
  paint: Paint = {},
): Demo {
  const view = data.view;
  const scenes = data.keyframes.map((frame, i) => buildScene(view, data, frame, skeletons[i]!));
  const flat = unwrap(scenes);
  const b = bounds(skeletons, view, data);
  const floor = `<path class="floor" d="M${b.x0} 0H${b.x0 + b.w}"${paint.standalone ? ` stroke="${paint.standalone.stroke}" stroke-width="1"` : ''}/>`;
  const propsMarkup = fixedProps(view, data)
    .map((m) =>
      paint.standalone
        ? m.replace(
            /class="[^"]*"/,
            `fill="${paint.standalone.prop}" stroke="${paint.standalone.stroke}" stroke-width="0.6"`,
          )
        : m,
    )
    .join('');
  const scene = (root: SceneNode, animated: boolean) =>
    `${floor}${propsMarkup}${nodeMarkup(root, paint, animated)}`;

  const K = scenes.length;
  const stops: string[][] = flat[0]!.map(() => []);
  const hold = 0.35 / K;
  flat.forEach((nodes, k) => {
    const from = (k / K) * 100;
    const to = (k / K + hold) * 100;
    nodes.forEach((nd, i) => {
      const value = `transform:${transform(nd) || 'none'}`;
      const at = k === 0 ? `0%,${n(to)}%,100%` : `${n(from)}%,${n(to)}%`;
      stops[i]!.push(`${at}{${value}}`);
    });
  });
  const keys = flat[0]!.map((nd) => nd.key);
  const css = keys
    .map((key, i) => {
      const same = stops[i]!.every(
        (s) => s.slice(s.indexOf('{')) === stops[i]![0]!.slice(stops[i]![0]!.indexOf('{')),
      );
      if (same) return '';
      const name = `${id}-${key}`;
      return `@keyframes ${name}{${stops[i]!.join('')}}#demo-${id} .k-${key}{animation-name:${name}}`;
    })
    .join('');

  return {
    viewBox: `${b.x0} ${b.y0} ${b.w} ${b.h}`,
    frames: scenes.map((s) => scene(s, false)),
    animated: scene(scenes[0]!, true),
    css: `#demo-${id} g{animation-duration:${data.seconds}s}${css}`,
  };
}
