/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- an authoring tool over untyped draft YAML, not site code */
// Pose authoring aid (not part of the site): solves each keyframe's root from an anchor,
// validates every pose file and renders each one to PNG for a visual check.
// Bundle and run: see scripts/figure/README.md.
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { parse, stringify } from 'yaml';
import { solve } from '../../src/lib/figure/pose/kinematics';
import { bodyPoint } from '../../src/lib/figure/pose/landmarks';
import { distanceTo, solidOf } from '../../src/lib/figure/pose/props';
import { poseFileSchema, type PoseFile } from '../../src/lib/figure/pose/schema';
import { RANGE_OF_MOTION } from '../../src/lib/figure/pose/range-of-motion';
import { samples, surfaces, validatePoses } from '../../src/lib/figure/pose/validate';
import { renderDemo } from '../../src/lib/figure/pose/render';

const dir = 'content/exercises';
const [cmd, ...ids] = process.argv.slice(2);

const COLOURS: Record<string, string> = {};
function paint(primary: string[], secondary: string[]) {
  return {
    standalone: {
      fill: (m: string | undefined, far: boolean) =>
        m === undefined
          ? far
            ? '#cfc8bd'
            : '#e4dfd7'
          : primary.includes(m)
            ? '#b2390a'
            : secondary.includes(m)
              ? '#eda27c'
              : 'none',
      stroke: '#4f5862',
      prop: '#9aa3ab',
    },
  };
}

function frontmatter(id: string) {
  const text = readFileSync(`${dir}/${id}.mdx`, 'utf8').split('---')[1]!;
  return parse(text) as { primary: string[]; secondary?: string[] };
}

/**
 * Authoring only: adjusts each keyframe's listed `free` values (root.x, left.knee, ...) so
 * every declared contact lands on its surface and every `at` point reaches its x.
 */
function get(o: any, path: string): number {
  return path.split('.').reduce((v, k) => v[k], o);
}
function set(o: any, path: string, value: number) {
  const keys = path.split('.');
  const last = keys.pop()!;
  keys.reduce((v, k) => v[k], o)[last] = value;
}
function clamp(path: string, v: number): number {
  const [side, joint, axis] = path.split('.');
  if (side !== 'left' && side !== 'right')
    return path === 'trunk.lean' ? Math.max(-120, Math.min(120, v)) : v;
  const table: any = RANGE_OF_MOTION;
  const range = axis ? table[joint!][axis] : table[joint!];
  return Math.max(range.min, Math.min(range.max, v));
}
function anchor(raw: any) {
  const data = poseFileSchema.parse({
    ...raw,
    keyframes: raw.keyframes.map(({ free: _f, at: _a, ...k }: any) => k),
  });
  const solids = new Map(
    data.props.flatMap((p) => {
      const s = solidOf(p);
      return s ? [[p.id, s] as const] : [];
    }),
  );
  raw.keyframes.forEach((k: any, i: number) => {
    const free: string[] = k.free ?? ['root.x', 'root.y'];
    const frame = data.keyframes[i]!;
    const all = surfaces(data);
    const residual = () => {
      const s = solve(frame);
      const out: number[] = [];
      for (const c of frame.contacts) {
        const solid =
          c.on === 'floor'
            ? { kind: 'rect' as const, x0: -1e3, y0: -1e3, x1: 1e3, y1: 0 }
            : solids.get(c.on)!;
        const { at, r } = bodyPoint(s, c.part);
        out.push(distanceTo(solid, at[0], at[1]) - r);
      }
      for (const a of k.at ?? []) out.push(bodyPoint(s, a.part).at[0] - a.x);
      for (const p of samples(s)) {
        for (const solid of all.values())
          out.push(Math.min(0, distanceTo(solid, p.x, p.y) - p.r + 0.004));
      }
      return out;
    };
    for (let it = 0; it < 150; it++) {
      const r0 = residual();
      const J = free.map((path) => {
        const v = get(frame, path);
        const h = path.startsWith('root') ? 1e-4 : 1e-2;
        set(frame, path, v + h);
        const r1 = residual();
        set(frame, path, v);
        return r1.map((x, j) => (x - r0[j]!) / h);
      });
      // Levenberg-Marquardt step: (JtJ + l diag) d = -Jt r.
      const n = free.length;
      const A = free.map((_, a) =>
        free.map((_, b) => J[a]!.reduce((s2, d, j) => s2 + d * J[b]![j]!, 0)),
      );
      const g = free.map((_, a) => -J[a]!.reduce((s2, d, j) => s2 + d * r0[j]!, 0));
      for (let a = 0; a < n; a++) A[a]![a]! += 0.05 * A[a]![a]! + 1e-9;
      for (let c = 0; c < n; c++) {
        for (let r = c + 1; r < n; r++) {
          const f = A[r]![c]! / A[c]![c]!;
          for (let q = c; q < n; q++) A[r]![q]! -= f * A[c]![q]!;
          g[r]! -= f * g[c]!;
        }
      }
      const d = new Array(n).fill(0);
      for (let r = n - 1; r >= 0; r--) {
        let sum = g[r]!;
        for (let q = r + 1; q < n; q++) sum -= A[r]![q]! * d[q];
        d[r] = sum / A[r]![r]!;
      }
      free.forEach((path, f) => {
        const lim = path.startsWith('root') ? 0.05 : 8;
        set(frame, path, clamp(path, get(frame, path) + Math.max(-lim, Math.min(lim, d[f]))));
      });
    }
    for (const path of free)
      set(k, path, +get(frame, path).toFixed(path.startsWith('root') ? 3 : 1));
    delete k.free;
    delete k.at;
    const left = residual()
      .map((x) => Math.abs(x))
      .reduce((a, b) => Math.max(a, b), 0);
    if (left > 0.005) console.log(`  ${k.label}: residual ${left.toFixed(3)}`);
  });
  return raw;
}

for (const file of readdirSync(dir).filter(
  (f) => f.endsWith('.poses.yaml') || f.endsWith('.poses.draft.yaml'),
)) {
  const id = file.replace(/\.poses(\.draft)?\.yaml$/, '');
  if (!file.includes('draft') && readdirSync(dir).includes(`${id}.poses.draft.yaml`)) continue;
  if (ids.length && !ids.includes(id)) continue;
  try {
    let raw = parse(readFileSync(`${dir}/${file}`, 'utf8'));
    if (file.endsWith('.draft.yaml')) {
      raw = anchor(raw);
      writeFileSync(`${dir}/${id}.poses.yaml`, stringify(raw, null, { lineWidth: 100 }));
    }
    const data: PoseFile = poseFileSchema.parse(raw);
    const skeletons = validatePoses(`${dir}/${id}.poses.yaml`, data);
    if (cmd === 'png') {
      const fm = frontmatter(id);
      const demo = renderDemo(id, data, skeletons, paint(fm.primary, fm.secondary ?? []));
      mkdirSync('/tmp/poses', { recursive: true });
      demo.frames.forEach((f, i) => {
        const [, , w, h] = demo.viewBox.split(' ').map(Number);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${demo.viewBox}" width="${w! * 3}" height="${h! * 3}"><rect x="-1000" y="-1000" width="3000" height="3000" fill="#faf8f4"/>${f}</svg>`;
        const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 1 } }).render().asPng();
        writeFileSync(`/tmp/poses/${id}-${i + 1}.png`, png);
      });
    }
    console.log(`ok ${id}`);
  } catch (e) {
    console.log(`FAIL ${id} ${(e as Error).message.slice(0, 300)}`);
  }
}
void COLOURS;
