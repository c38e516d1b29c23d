import { describe, expect, it } from 'vitest';
import { artworkView, loadArtwork, type Artwork } from '../../src/lib/figure/artwork';
import { buildBodyMap, exerciseEmphasis, figureShapeId } from '../../src/lib/figure/body-map';
import { FIGURE_REGIONS, regionsFor } from '../../src/lib/figure/regions';
import { bodyMapSvg } from '../../src/lib/figure/svg';
import { parsePath, pathBounds } from '../../src/lib/figure/svg-path';
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
