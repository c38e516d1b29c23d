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
 * SVG for a pose file: one static frame per keyframe, the same figure once more with a class
 * on every moving part, and the CSS keyframes that move those parts. On a page the body's
 * shapes are <use> references into one shared sprite, so a frame carries only its numbers;
 * for images (cards, authoring previews) the shapes are inlined with literal colours.
 */

const n = (v: number) => Number(v.toFixed(1));

export interface Worked {
  primary: ReadonlySet<MuscleGroupId>;
  secondary: ReadonlySet<MuscleGroupId>;
}

export type Paint =
  | {
      mode: 'sprite';
      href: string;
      worked: Worked;
      /** Draw every muscle area, each with a class naming its group, to light by CSS. */
      every?: boolean;
      /** Colour the near side only (a runner: the phases belong to the near leg). */
      nearOnly?: boolean;
    }
  | {
      mode: 'inline';
      worked: Worked;
      colours: {
        body: string;
        far: string;
        line: string;
        primary: string;
        secondary: string;
        prop: string;
        floor: string;
      };
    };

function transform(node: SceneNode, css = false): string {
  const parts = [];
  if (n(node.x) || n(node.y))
    parts.push(
      css ? `translate(${n(node.x)}px,${n(node.y)}px)` : `translate(${n(node.x)} ${n(node.y)})`,
    );
  if (n(node.a)) parts.push(css ? `rotate(${n(node.a)}deg)` : `rotate(${n(node.a)})`);
  return parts.join(' ');
}

const level = (worked: Worked, m: MuscleGroupId) =>
  worked.primary.has(m) ? 'p' : worked.secondary.has(m) ? 's' : null;

function bodyShape(id: ShapeId, paint: Paint, far: boolean): string {
  const shape = SHAPES[id];
  if (far && paint.mode === 'sprite' && paint.nearOnly)
    return `<use href="${paint.href}#${id}" class="o"/>`;
  const areas = Object.entries(shape.muscles).flatMap(([m, d]) => {
    const tier = level(paint.worked, m as MuscleGroupId);
    return tier ? [{ m, d, tier }] : [];
  });
  if (paint.mode === 'sprite' && paint.every) {
    return [
      `<use href="${paint.href}#${id}" class="o"/>`,
      ...Object.keys(shape.muscles).map(
        (m) => `<use href="${paint.href}#${id}-${m}" class="g g-${m}" data-muscle="${m}"/>`,
      ),
    ].join('');
  }
  if (paint.mode === 'sprite') {
    return [
      `<use href="${paint.href}#${id}" class="o"/>`,
      ...areas.map(
        ({ m, tier }) =>
          `<use href="${paint.href}#${id}-${m}" class="${tier}" data-muscle="${m}"/>`,
      ),
    ].join('');
  }
  const c = paint.colours;
  return [
    `<path d="${shape.outline}" fill="${far ? c.far : c.body}" stroke="${c.line}" stroke-width="0.7"/>`,
    ...areas.map(
      ({ d, tier }) =>
        `<path d="${d}" fill="${tier === 'p' ? c.primary : c.secondary}"${far ? ' opacity="0.75"' : ''}/>`,
    ),
  ].join('');
}

function propShape(id: PropShape, paint: Paint): string {
  const markup = PROP_PATHS[id];
  if (paint.mode === 'sprite') return markup;
  const c = paint.colours;
  return markup
    .replace(/class="(band|rope)"/g, `fill="none" stroke="${c.line}" stroke-width="1"`)
    .replace(/class="[^"]*"/g, `fill="${c.prop}" stroke="${c.line}" stroke-width="0.6"`);
}

/** Parts whose own shape is scaled (foreshortened) in some keyframe, by key. */
type Scaled = Set<string>;

function nodeMarkup(
  node: SceneNode,
  paint: Paint,
  animated: boolean,
  scaled: Scaled,
  far = false,
): string {
  const isFar = far || node.depth === 'far';
  const t = transform(node);
  const cls = [animated ? `k-${node.key}` : '', node.depth === 'far' ? 'far' : '']
    .filter(Boolean)
    .join(' ');
  let own = '';
  if (node.shape) {
    const shape = node.shape.startsWith('prop-')
      ? propShape(node.shape as PropShape, paint)
      : bodyShape(node.shape as ShapeId, paint, isFar);
    const wrap = scaled.has(node.key) || Math.abs(node.s - 1) > 0.005;
    own = wrap
      ? `<g${animated ? ` class="k-${node.key}-s"` : ''} transform="scale(1 ${n(node.s)})">${shape}</g>`
      : shape;
  }
  const kids = (list: SceneNode[]) =>
    list.map((c) => nodeMarkup(c, paint, animated, scaled, isFar)).join('');
  return `<g${cls ? ` class="${cls}"` : ''}${t ? ` transform="${t}"` : ''}>${kids(node.before)}${own}${kids(node.after)}</g>`;
}

function flatten(scene: SceneNode): SceneNode[] {
  const out: SceneNode[] = [];
  const walk = (nd: SceneNode) => {
    out.push(nd);
    nd.before.forEach(walk);
    nd.after.forEach(walk);
  };
  walk(scene);
  return out;
}

/** Unwraps each node's angle so the animation turns the short way between keyframes. */
function unwrap(flat: SceneNode[][]) {
  for (let k = 1; k < flat.length; k++) {
    flat[k]!.forEach((nd, i) => {
      const prev = flat[k - 1]![i]!.a;
      while (nd.a - prev > 180) nd.a -= 360;
      while (nd.a - prev < -180) nd.a += 360;
    });
  }
}

function bounds(skeletons: readonly Skeleton[], view: View, data: PoseFile) {
  const xs: number[] = [];
  const ys: number[] = [0];
  for (const s of skeletons) {
    for (const seg of s.segments) {
      for (const p of [seg.start, seg.end]) {
        const [x, y] = view === 'side' ? [p[0], p[1]] : [-p[2], p[1]];
        xs.push(x * U - 9, x * U + 9);
        ys.push(-y * U - 9, -y * U + 9);
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

export interface Demo {
  viewBox: string;
  width: number;
  height: number;
  /** Inner markup of each keyframe's still frame. */
  frames: string[];
  /** Inner markup of the animated figure (the first keyframe, with a class on each part). */
  animated: string;
  /** The animation: @keyframes for every moving part, scoped to the figure's element id. */
  css: string;
}

/** Share of each keyframe's slot the pose holds still before moving on to the next. */
const HOLD = 0.35;

export function renderDemo(
  id: string,
  data: PoseFile,
  skeletons: readonly Skeleton[],
  paint: Paint,
  { hold = HOLD }: { hold?: number } = {},
): Demo {
  const view = data.view;
  const reach = view === 'front' && skeletons.every((s) => s.right.knee[0] - s.root[0] > 0.1);
  const scenes = data.keyframes.map((frame, i) =>
    buildScene(view, data, frame, skeletons[i]!, reach),
  );
  const flat = scenes.map(flatten);
  unwrap(flat);
  const scaled: Scaled = new Set(
    flat.flatMap((nodes) => nodes.filter((nd) => Math.abs(nd.s - 1) > 0.005).map((nd) => nd.key)),
  );
  const b = bounds(skeletons, view, data);
  const inline = paint.mode === 'inline' ? paint.colours : null;
  const floor = `<path class="floor" d="M${b.x0} 0H${b.x0 + b.w}"${inline ? ` stroke="${inline.floor}" stroke-width="1"` : ''}/>`;
  const props = fixedProps(view, data)
    .map((m) =>
      inline
        ? m.replace(
            /class="[^"]*"/,
            `fill="${inline.prop}" stroke="${inline.line}" stroke-width="0.6"`,
          )
        : m,
    )
    .join('');
  const scene = (root: SceneNode, animated: boolean) =>
    `${floor}${props}${nodeMarkup(root, paint, animated, animated ? scaled : new Set())}`;

  const K = scenes.length;
  const keys = flat[0]!.map((nd) => nd.key);
  const rule = (name: string, stops: string[]) =>
    new Set(stops.map((s) => s.slice(s.indexOf('{')))).size > 1
      ? `@keyframes ${name}{${stops.join('')}}#demo-${id} .k-${name.slice(id.length + 1)}{animation-name:${name}}`
      : '';
  const css = keys
    .flatMap((key, i) => {
      const at = (k: number) => {
        const from = n((k / K) * 100);
        const to = n(((k + hold) / K) * 100);
        if (!hold) return k === 0 ? '0%,100%' : `${from}%`;
        return k === 0 ? `0%,${to}%,100%` : `${from}%,${to}%`;
      };
      const move = flat.map(
        (nodes, k) => `${at(k)}{transform:${transform(nodes[i]!, true) || 'none'}}`,
      );
      const out = [rule(`${id}-${key}`, move)];
      if (scaled.has(key)) {
        const grow = flat.map((nodes, k) => `${at(k)}{transform:scale(1,${n(nodes[i]!.s)})}`);
        out.push(rule(`${id}-${key}-s`, grow));
      }
      return out;
    })
    .join('');

  return {
    viewBox: `${b.x0} ${b.y0} ${b.w} ${b.h}`,
    width: b.w,
    height: b.h,
    frames: scenes.map((s) => scene(s, false)),
    animated: scene(scenes[0]!, true),
    css: `#demo-${id} .fig-moving g{animation-duration:${data.seconds}s}${css}`,
  };
}

/** The shared sprite: every body shape's outline and muscle areas, each under its own id. */
export function spriteSvg(): string {
  const defs = (Object.keys(SHAPES) as ShapeId[]).flatMap((id) => {
    const shape = SHAPES[id];
    return [
      `<path id="${id}" d="${shape.outline}"/>`,
      ...Object.entries(shape.muscles).map(([m, d]) => `<path id="${id}-${m}" d="${d}"/>`),
    ];
  });
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${defs.join('')}</defs></svg>`;
}

/** A standalone SVG document of one frame, for images. */
export function frameSvg(demo: Demo, index: number, scale = 1, background?: string): string {
  const [x0, y0, w, h] = demo.viewBox.split(' ').map(Number) as [number, number, number, number];
  const bg = background
    ? `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="${background}"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${demo.viewBox}" width="${n(w * scale)}" height="${n(h * scale)}">${bg}${demo.frames[index]}</svg>`;
}
