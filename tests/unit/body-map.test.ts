import { describe, expect, it } from 'vitest';
import { artworkView, loadArtwork, type Artwork } from '../../src/lib/figure/artwork';
import { buildBodyMap, exerciseEmphasis, figureShapeId } from '../../src/lib/figure/body-map';
import { FIGURE_REGIONS, regionsFor } from '../../src/lib/figure/regions';
import { bodyMapSvg } from '../../src/lib/figure/svg';
import { parsePath, pathBounds, type Segment } from '../../src/lib/figure/svg-path';
import { loadContent } from './load-content';

const { muscles, graph } = loadContent();
const artwork = await loadArtwork();
const map = buildBodyMap(graph.muscles, artwork);

/** A two-part artwork small enough to reason about. */
const tiny: Artwork = {
  front: artworkView(
    'front',
    [
      { slug: 'quadriceps', path: { left: ['M0 0h10v10z'], right: ['M20 0h10v10z'] } },
      { slug: 'head', path: { common: ['M5 -20h5v5z'] } },
    ],
    'test',
    {},
  ),
  back: artworkView('back', [{ slug: 'gluteal', path: { left: ['M800 0h10v10z'] } }], 'test', {
    spare: 'M700 0h1v1z',
  }),
};

describe('the region table', () => {
  it('gives every muscle group in the content at least one region', () => {
    for (const m of muscles) expect(regionsFor(m).length, m.id).toBeGreaterThan(0);
    expect(Object.keys(FIGURE_REGIONS).sort()).toEqual(muscles.map((m) => m.id).sort());
  });

  it('names only parts the artwork has, each claimed by one group', () => {
    const used = Object.values(FIGURE_REGIONS).flatMap((regions) =>
      regions.map((r) => `${r.view}:${r.part}`),
    );
    expect(new Set(used).size).toBe(used.length);
    for (const key of used) {
      const [view, part] = key.split(':') as ['front' | 'back', string];
      expect(
        artwork[view].some((p) => p.slug === part),
        key,
      ).toBe(true);
    }
  });

  it('fails with the file and a fix when a group has no regions', () => {
    const group = { id: 'shins', filePath: 'content/muscles/shins.mdx' };
    expect(() => regionsFor(group)).toThrow(
      /content\/muscles\/shins\.mdx: id: .*"shins" has no regions.*FIGURE_REGIONS/,
    );
    expect(() => regionsFor({ id: 'toString' })).toThrow(/no regions/);
    expect(() => regionsFor({ id: 'quads' }, { quads: [] })).toThrow(/no regions/);
  });
});

describe('the artwork', () => {
  it('reads both views of the package, with the hip flexors drawn on both sides', () => {
    const slugs = (view: 'front' | 'back') => artwork[view].map((p) => p.slug);
    expect(slugs('front')).toEqual(expect.arrayContaining(['quadriceps', 'abs', 'hip-flexors']));
    expect(slugs('back')).toEqual(expect.arrayContaining(['gluteal', 'hamstring', 'lower-back']));
    const hips = artwork.front.find((p) => p.slug === 'hip-flexors');
    const [right, left] = (hips?.shapes ?? []).map(pathBounds);
    // Mirror images: the same height, either side of the front view's midline.
    expect(right?.minY).toBe(left?.minY);
    expect(((right?.maxX ?? 0) + (left?.minX ?? 0)) / 2).toBeCloseTo(364, 0);
  });

  it('draws the foot and ankle muscles on the back view, mirrored across its midline', () => {
    for (const slug of ['fibularis', 'tibialis-posterior']) {
      const part = artwork.back.find((p) => p.slug === slug);
      const [left, right] = (part?.shapes ?? []).map(pathBounds);
      expect(part?.shapes, slug).toHaveLength(2);
      expect(left?.minY, slug).toBe(right?.minY);
      expect(((left?.maxX ?? 0) + (right?.minX ?? 0)) / 2, slug).toBeCloseTo(1084, 0);
      // On the lower leg, between the back of the knee and the ankle.
      expect(left?.minY ?? 0, slug).toBeGreaterThan(1080);
      expect(left?.maxY ?? 0, slug).toBeLessThan(1265);
    }
  });

  it('keeps the shapes drawn here clear of every other part of their view', () => {
    const drawn = ['hip-flexors', 'fibularis', 'tibialis-posterior'];
    const clashes: string[] = [];
    for (const view of ['front', 'back'] as const) {
      const others = artwork[view]
        .filter((p) => !drawn.includes(p.slug) && p.slug !== 'adductors')
        .flatMap((p) => p.shapes.map((shape) => ({ slug: p.slug, polygon: flatten(shape) })))
        .map((o) => ({
          ...o,
          box: pathBounds(o.polygon.map(([x, y]) => ({ command: 'L' as const, values: [x, y] }))),
        }));
      for (const part of artwork[view].filter((p) => drawn.includes(p.slug))) {
        for (const [x, y] of part.shapes.flatMap(flatten)) {
          for (const { slug, polygon, box } of others) {
            const near =
              x > box.minX - 3 && x < box.maxX + 3 && y > box.minY - 3 && y < box.maxY + 3;
            if (near && (inside(polygon, x, y) || distance(polygon, x, y) <= 2)) {
              clashes.push(`${part.slug} at ${x.toFixed(1)},${y.toFixed(1)} touches ${slug}`);
            }
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('cuts the inner-thigh strips short below the hip flexors, on both sides', () => {
    const hips = (artwork.front.find((p) => p.slug === 'hip-flexors')?.shapes ?? []).map(flatten);
    const adductors = artwork.front.find((p) => p.slug === 'adductors')?.shapes ?? [];
    expect(adductors).toHaveLength(6);
    const clashes = adductors
      .flatMap(flatten)
      .filter(([x, y]) => hips.some((hip) => inside(hip, x, y) || distance(hip, x, y) <= 2));
    expect(clashes).toEqual([]);
  });

  it('refuses an export that is not a list of parts', () => {
    expect(() => artworkView('front', [{ slug: 'abs', path: { left: 'M0 0' } }])).toThrow(
      /unexpected shape/,
    );
    expect(() => artworkView('back', undefined)).toThrow(/unexpected shape/);
  });
});

describe('buildBodyMap', () => {
  it('puts each group’s shapes from both views in one path, in site order', () => {
    expect(map.groups.map((g) => g.id)).toEqual(graph.muscles.map((m) => m.id));
    const calves = map.groups.find((g) => g.id === 'calves');
    const starts = (calves?.d.match(/M-?\d+/g) ?? []).map((m) => Number(m.slice(1)));
    expect(starts.some((x) => x < 724)).toBe(true);
    expect(starts.some((x) => x > 724)).toBe(true);
  });

  it('draws the parts no group claims as the body, and each part once', () => {
    const small = buildBodyMap([{ id: 'quads' }, { id: 'glutes' }], tiny, {
      quads: [{ view: 'front', part: 'quadriceps' }],
      glutes: [{ view: 'back', part: 'gluteal' }],
    });
    expect(small.groups).toEqual([
      { id: 'quads', d: 'M0 0h10v10zM20 0h10v10z' },
      { id: 'glutes', d: 'M800 0h10v10z' },
    ]);
    // The drawn shape comes with its mirror image across the back view's midline.
    expect(small.body).toBe('M5-20h5v5zM700 0h1v1zM1468 0h-1v1z');
    expect(small.viewBox).toBe('-10 -30 1488 50');
  });

  it('fails when the table names a part the artwork lacks', () => {
    expect(() =>
      buildBodyMap([{ id: 'quads' }], tiny, { quads: [{ view: 'back', part: 'quadriceps' }] }),
    ).toThrow(/no "quadriceps" on the back view/);
  });

  // The page budget itself (20 KB of gzipped HTML with the figure) is the budgets gate's.
  it('draws with whole-number coordinates only', () => {
    const all = map.body + map.groups.map((g) => g.d).join('');
    expect(all).not.toMatch(/\d\.\d/);
  });
});

describe('figureShapeId', () => {
  it('gives the body and every group a distinct id that is valid in a URL fragment', () => {
    const ids = [figureShapeId(), ...map.groups.map((g) => figureShapeId(g.id))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('exerciseEmphasis', () => {
  it('marks an exercise’s primary and secondary groups and nothing else', () => {
    const squat = graph.exercise('squat');
    const emphasis = exerciseEmphasis(graph.musclesOf(squat));
    for (const m of squat.data.primary) expect(emphasis.get(m.id)).toBe('primary');
    for (const m of squat.data.secondary) expect(emphasis.get(m.id)).toBe('secondary');
    expect(emphasis.size).toBe(squat.data.primary.length + squat.data.secondary.length);
  });
});

describe('bodyMapSvg', () => {
  const palette = { body: '#ddd', muscle: '#aaa', highlight: '#c30', background: '#fff' };

  it('draws a standalone figure with only the chosen group in the highlight colour', () => {
    const svg = bodyMapSvg(map, { highlight: 'glutes', palette, title: 'Glutes & co' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[-\d ]+"/);
    expect(svg).toContain('<title>Glutes &amp; co</title>');
    expect(svg.match(/fill="#c30"/g)).toHaveLength(1);
    const glutes = map.groups.find((g) => g.id === 'glutes')?.d ?? '';
    expect(svg).toContain(
      `fill="#c30" stroke="#fff" stroke-width="4" paint-order="stroke" d="${glutes}"`,
    );
    expect(svg.match(/fill="#aaa"/g)).toHaveLength(map.groups.length - 1);
    expect(svg).not.toMatch(/<a |<script|href=/);
    // Every path in it is valid path data.
    for (const [, d] of svg.matchAll(/ d="([^"]+)"/g))
      expect(() => parsePath(d ?? '')).not.toThrow();
  });

  it('refuses a group the figure does not have', () => {
    expect(() => bodyMapSvg(map, { highlight: 'biceps', palette })).toThrow(/no group "biceps"/);
  });
});

type Point = [number, number];

/** A shape as a polygon: every segment's end point, with curves sampled along the way (arcs as chords). */
function flatten(shape: readonly Segment[]): Point[] {
  const points: Point[] = [];
  let at: Point = [0, 0];
  for (const { command, values: v } of shape) {
    if (command === 'C') {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x = 0, y = 0] = v;
      for (let i = 1; i <= 16; i++) {
        const t = i / 16;
        const u = 1 - t;
        points.push([
          u * u * u * at[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          u * u * u * at[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
        ]);
      }
      at = [x, y];
    } else if (command === 'Q') {
      const [x1 = 0, y1 = 0, x = 0, y = 0] = v;
      for (let i = 1; i <= 16; i++) {
        const t = i / 16;
        const u = 1 - t;
        points.push([
          u * u * at[0] + 2 * u * t * x1 + t * t * x,
          u * u * at[1] + 2 * u * t * y1 + t * t * y,
        ]);
      }
      at = [x, y];
    } else if (command !== 'Z') {
      at = [v[v.length - 2] ?? 0, v[v.length - 1] ?? 0];
      points.push(at);
    }
  }
  return points;
}

/** Whether a point lies inside a polygon, by counting edge crossings. */
function inside(polygon: readonly Point[], x: number, y: number): boolean {
  let odd = false;
  polygon.forEach(([x1, y1], i) => {
    const [x2, y2] = polygon[(i + 1) % polygon.length] ?? [x1, y1];
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) odd = !odd;
  });
  return odd;
}

/** The shortest distance from a point to a polygon's outline. */
function distance(polygon: readonly Point[], x: number, y: number): number {
  return Math.min(
    ...polygon.map(([x1, y1], i) => {
      const [x2, y2] = polygon[(i + 1) % polygon.length] ?? [x1, y1];
      const length = (x2 - x1) ** 2 + (y2 - y1) ** 2 || 1;
      const t = Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length));
      return Math.hypot(x - (x1 + t * (x2 - x1)), y - (y1 + t * (y2 - y1)));
    }),
  );
}
