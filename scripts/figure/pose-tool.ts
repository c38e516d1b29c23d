// Pose authoring tool (not part of the site). Run through `npm run pose -- <command>`:
//
//   check [ids...]            validate pose files with the build's own rules
//   set <id> <frame> <path=value ...>
//                             set values of a keyframe (left.knee=90 root.y=0.2), keeping the
//                             YAML's layout
//   points <id>               print where each keyframe puts the body's contact points
//   png [ids...]              render every keyframe of each exercise side by side to
//                             .cache/poses/<id>.png, to look at
//   solve <id> <frame> <free> [part=x ...]
//                             adjust the comma-separated values in <free> (root.x, root.y,
//                             left.knee, right.hip.flex, trunk.lean ...) of keyframe <frame>
//                             (its label or 1-based number) until every declared contact lands
//                             on its surface, nothing sinks into the floor or a prop, and each
//                             part=x puts that body point's x there (right.heel=-0.04, or
//                             left.hand.y=0.8 for its height); writes
//                             the rounded values back into the YAML, keeping its layout.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { parse, parseDocument } from 'yaml';
import { solve as forward } from '../../src/lib/figure/pose/kinematics';
import { bodyPoint, propCentre } from '../../src/lib/figure/pose/landmarks';
import { contactGap, depthIn } from '../../src/lib/figure/pose/props';
import { RANGE_OF_MOTION, type Range } from '../../src/lib/figure/pose/range-of-motion';
import { renderDemo } from '../../src/lib/figure/pose/render';
import { poseFileSchema, type Keyframe, type PoseFile } from '../../src/lib/figure/pose/schema';
import type { MuscleGroupId } from '../../src/lib/figure/pose/shapes';
import { samples, surfaces, validatePoses } from '../../src/lib/figure/pose/validate';

const DIR = 'content/exercises';
const OUT = '.cache/poses';
const [command, ...args] = process.argv.slice(2);

const poseIds = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.poses.yaml'))
    .map((f) => f.replace(/\.poses\.yaml$/, ''))
    .sort();
const pathOf = (id: string) => `${DIR}/${id}.poses.yaml`;
const load = (id: string): PoseFile =>
  poseFileSchema.parse(parse(readFileSync(pathOf(id), 'utf8')));

function worked(id: string) {
  const text = readFileSync(`${DIR}/${id}.mdx`, 'utf8').split('---')[1] ?? '';
  const fm = parse(text) as { primary: MuscleGroupId[]; secondary?: MuscleGroupId[] };
  return { primary: new Set(fm.primary), secondary: new Set(fm.secondary ?? []) };
}

/** The light scheme's figure colours (src/styles/tokens.css). */
const COLOURS = {
  body: '#e4dfd7',
  far: '#c9c1b5',
  line: '#4f5862',
  primary: '#b2390a',
  secondary: '#eda27c',
  prop: '#9aa3ab',
  floor: '#4f5862',
};

function png(id: string) {
  const data = load(id);
  const skeletons = validatePoses(pathOf(id), data);
  const demo = renderDemo(id, data, skeletons, {
    mode: 'inline',
    worked: worked(id),
    colours: COLOURS,
  });
  const [x0, y0, w, h] = demo.viewBox.split(' ').map(Number) as [number, number, number, number];
  const gap = 8;
  const cells = demo.frames
    .map(
      (f, i) =>
        `<svg x="${i * (w + gap)}" y="0" width="${w}" height="${h}" viewBox="${demo.viewBox}">${f}</svg>`,
    )
    .join('');
  const width = demo.frames.length * (w + gap) - gap;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${h}" width="${width * 4}" height="${h * 4}"><rect width="${width}" height="${h}" fill="#faf8f4"/>${cells}</svg>`;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${id}.png`, new Resvg(svg).render().asPng());
  void x0;
  void y0;
}

// --- solve ---------------------------------------------------------------------------------

type Path = string[];
const get = (o: unknown, p: Path): number =>
  p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as number;
function set(o: unknown, p: Path, value: number) {
  const parent = p.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o);
  (parent as Record<string, number>)[p.at(-1)!] = value;
}

function limitOf(p: Path): Range {
  const [side, joint, axis] = p;
  if (side !== 'left' && side !== 'right') return { min: -1e9, max: 1e9 };
  const table = RANGE_OF_MOTION as unknown as Record<string, Range | Record<string, Range>>;
  const entry = table[joint!]!;
  return axis ? (entry as Record<string, Range>)[axis]! : (entry as Range);
}

/** Levenberg-Marquardt on the free values: contacts on their surfaces, nothing sunk, x targets. */
function solveFrame(data: PoseFile, frame: Keyframe, free: Path[], at: [string, number, 0 | 1][]) {
  const solids = surfaces(data);
  const residual = () => {
    const s = forward(frame);
    const out: number[] = [];
    for (const c of frame.contacts) {
      const { at: p, r } = bodyPoint(s, c.part);
      out.push(contactGap(solids.get(c.on)!, p[0], p[1], r, s.root[0]));
    }
    for (const [part, v, axis] of at) out.push(bodyPoint(s, part as never).at[axis] - v);
    for (const p of samples(s))
      for (const solid of solids.values())
        out.push(Math.min(0, 0.004 - depthIn(solid, p.x, p.y, p.r, s.root[0])));
    return out;
  };
  const step = (p: Path) => (p[0] === 'root' ? 1e-4 : 1e-2);
  for (let it = 0; it < 200; it++) {
    const r0 = residual();
    const J = free.map((p) => {
      const v = get(frame, p);
      set(frame, p, v + step(p));
      const r1 = residual();
      set(frame, p, v);
      return r1.map((x, j) => (x - r0[j]!) / step(p));
    });
    const m = free.length;
    const A = free.map((_, a) =>
      free.map((_, b) => J[a]!.reduce((s, d, j) => s + d * J[b]![j]!, 0)),
    );
    const g = free.map((_, a) => -J[a]!.reduce((s, d, j) => s + d * r0[j]!, 0));
    for (let a = 0; a < m; a++) A[a]![a]! += 0.05 * A[a]![a]! + 1e-9;
    for (let c = 0; c < m; c++)
      for (let r = c + 1; r < m; r++) {
        const f = A[r]![c]! / A[c]![c]!;
        for (let q = c; q < m; q++) A[r]![q]! -= f * A[c]![q]!;
        g[r]! -= f * g[c]!;
      }
    const d = new Array<number>(m).fill(0);
    for (let r = m - 1; r >= 0; r--) {
      let sum = g[r]!;
      for (let q = r + 1; q < m; q++) sum -= A[r]![q]! * d[q]!;
      d[r] = sum / A[r]![r]!;
    }
    free.forEach((p, i) => {
      const lim = p[0] === 'root' ? 0.05 : 8;
      const { min, max } = limitOf(p);
      const next = get(frame, p) + Math.max(-lim, Math.min(lim, d[i]!));
      set(frame, p, Math.max(min, Math.min(max, next)));
    });
  }
  return Math.max(0, ...residual().map(Math.abs));
}

function solveCommand(id: string, which: string, freeList: string, targets: string[]) {
  const doc = parseDocument(readFileSync(pathOf(id), 'utf8'));
  const data = poseFileSchema.parse(doc.toJS());
  const index = /^\d+$/.test(which)
    ? Number(which) - 1
    : data.keyframes.findIndex((k) => k.label === which);
  const frame = data.keyframes[index];
  if (!frame) throw new Error(`${id}: no keyframe "${which}"`);
  const free = freeList.split(',').map((p) => p.split('.'));
  const at = targets.map((t) => {
    const [name, v] = t.split('=');
    const axis = /\.(x|y)$/.exec(name!)?.[1];
    const part = axis ? name!.slice(0, -2) : name!;
    return [part, Number(v), axis === 'y' ? 1 : 0] as [string, number, 0 | 1];
  });
  const left = solveFrame(data, frame, free, at);
  for (const p of free) {
    const value = Number(get(frame, p).toFixed(p[0] === 'root' ? 3 : 1));
    doc.setIn(['keyframes', index, ...p], value);
  }
  writeFileSync(pathOf(id), doc.toString({ lineWidth: 100 }));
  console.log(`${id} "${frame.label}": largest residual ${left.toFixed(4)} of body height`);
}

// --- main ----------------------------------------------------------------------------------

if (command === 'set') {
  const [id, which, ...pairs] = args;
  const doc = parseDocument(readFileSync(pathOf(id!), 'utf8'));
  const data = poseFileSchema.parse(doc.toJS());
  const index = /^\d+$/.test(which!)
    ? Number(which) - 1
    : data.keyframes.findIndex((k) => k.label === which);
  if (index < 0 || index >= data.keyframes.length) throw new Error(`${id}: no keyframe "${which}"`);
  for (const pair of pairs) {
    const [path, value] = pair.split('=');
    doc.setIn(['keyframes', index, ...path!.split('.')], Number(value));
  }
  writeFileSync(pathOf(id!), doc.toString({ lineWidth: 100 }));
} else if (command === 'points') {
  const data = load(args[0]!);
  for (const frame of data.keyframes) {
    const s = forward(frame);
    const parts = ['seat', 'back', 'upper-back', 'head'].concat(
      ...(['left', 'right'] as const).map((side) =>
        ['heel', 'ball', 'toe', 'knee', 'hand', 'elbow'].map((l) => `${side}.${l}`),
      ),
    );
    console.log(`${frame.label}:`);
    for (const part of parts) {
      const { at, r } = bodyPoint(s, part as never);
      console.log(
        `  ${part.padEnd(12)} x ${at[0].toFixed(3)} y ${at[1].toFixed(3)} r ${r.toFixed(3)}`,
      );
    }
    for (const prop of data.props.filter((p) => p.carriedBy)) {
      const [x, y] = propCentre(s, prop);
      console.log(`  ${prop.id.padEnd(12)} x ${x.toFixed(3)} y ${y.toFixed(3)}`);
    }
  }
} else if (command === 'solve') {
  const [id, frame, free, ...targets] = args;
  if (!id || !frame || !free) throw new Error('usage: solve <id> <frame> <free,...> [part=x ...]');
  solveCommand(id, frame, free, targets);
} else if (command === 'check' || command === 'png') {
  let failed = 0;
  for (const id of args.length ? args : poseIds()) {
    try {
      if (command === 'png') png(id);
      else validatePoses(pathOf(id), load(id));
      console.log(`ok ${id}${command === 'png' ? ` -> ${OUT}/${id}.png` : ''}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${(e as Error).message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
} else {
  console.log('commands: check [ids], png [ids], solve <id> <frame> <free,...> [part=x ...]');
}
