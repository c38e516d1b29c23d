import { describe, expect, it } from 'vitest';
import { formatFrequency, formatSetsAndReps } from '../../src/lib/content/dose';
import { buildToc } from '../../src/lib/page-model/toc';
import { neighbours } from '../../src/lib/graph/neighbours';
import { urls } from '../../src/lib/urls';
import { FACETS } from '../../src/lib/graph/facets';

describe('dose', () => {
  it('reads reps, seconds and sides as a runner would say them', () => {
    expect(formatSetsAndReps({ sets: 3, reps: '8-12', perSide: true, perWeek: '2' })).toBe(
      '3 × 8–12 reps each side',
    );
    expect(formatSetsAndReps({ sets: 2, seconds: '30', perSide: false, perWeek: '2-3' })).toBe(
      '2 × 30 s',
    );
    expect(formatFrequency({ sets: 2, seconds: '30', perSide: false, perWeek: '2-3' })).toBe(
      '2–3 times a week',
    );
    expect(formatFrequency({ sets: 2, seconds: '30', perSide: false, perWeek: '1' })).toBe(
      'once a week',
    );
    expect(formatFrequency({ sets: 2, seconds: '30', perSide: false, perWeek: '2' })).toBe(
      'twice a week',
    );
  });
});

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops deeper levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives the previous and next entries, and nothing past the ends', () => {
    expect(neighbours(list, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ prev: undefined, next: { id: 'b' } });
    expect(neighbours(list, 'x')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('urls', () => {
  it('builds lowercase paths that end in a slash', () => {
    const paths = [
      urls.home(),
      urls.guide(),
      urls.muscles(),
      urls.muscle('hip-flexors'),
      urls.stride(),
      urls.exercises(),
      urls.exercise('calf-raise'),
      ...FACETS.map((f) => urls.exerciseFacet(f, 'x')),
    ];
    for (const path of paths) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/);
  });
});
