import { describe, expect, it } from 'vitest';
import { FACET_LABELS, FACETS, facetValues } from '../../src/lib/graph/facets';
import { buildGraph } from '../../src/lib/graph/graph';
import { exercise, muscle } from './fixtures';

const glutes = muscle('glutes', { order: 1 });
const calves = muscle('calves', { order: 2 });
const core = muscle('core', { order: 3 });
const bridge = exercise('bridge', ['glutes'], {
  secondary: ['calves'],
  equipment: ['none', 'mat'],
  level: 'beginner',
});
const hop = exercise('hop', ['calves'], {
  secondary: ['glutes'],
  kind: 'plyometric',
  equipment: ['box'],
  level: 'advanced',
});
const stretch = exercise('stretch', ['glutes'], {
  kind: 'stretch',
  equipment: ['none'],
  level: 'beginner',
});

describe('facetValues', () => {
  it('lists every value that has an exercise: groups in display order, the rest by taxonomy', () => {
    const graph = buildGraph([core, calves, glutes], [stretch, hop, bridge]);
    const values = facetValues(graph).map((v) => [
      v.facet,
      v.value,
      v.label,
      v.exercises.map((e) => e.id),
    ]);
    expect(values).toEqual([
      // Targeting exercises first, then those that also work the group; core has none.
      ['muscle', 'glutes', 'Glutes', ['bridge', 'stretch', 'hop']],
      ['muscle', 'calves', 'Calves', ['hop', 'bridge']],
      ['kind', 'strength', 'Strength', ['bridge']],
      ['kind', 'plyometric', 'Plyometric', ['hop']],
      ['kind', 'stretch', 'Stretch', ['stretch']],
      ['equipment', 'none', 'No equipment', ['bridge', 'stretch']],
      ['equipment', 'mat', 'Mat', ['bridge']],
      ['equipment', 'box', 'Plyo box', ['hop']],
      ['level', 'beginner', 'Beginner', ['bridge', 'stretch']],
      ['level', 'advanced', 'Advanced', ['hop']],
    ]);
  });

  it('gives a graph without exercises no browse values at all', () => {
    expect(facetValues(buildGraph([glutes], []))).toEqual([]);
  });

  it('labels the four facets', () => {
    expect(FACETS).toEqual(['muscle', 'kind', 'equipment', 'level']);
    expect(FACET_LABELS).toEqual({
      muscle: 'Muscle group',
      kind: 'Kind',
      equipment: 'Equipment',
      level: 'Level',
    });
  });
});
