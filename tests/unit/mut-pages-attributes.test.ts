import { describe, expect, it } from 'vitest';
import type { SiteGraph } from '../../src/lib/graph/site-graph';
import {
  exerciseFilterValues,
  exerciseMeta,
  filterAttributes,
  metaAttribute,
  RESULT_TYPES,
  searchFilters,
} from '../../src/lib/search/attributes';
import { loadContent } from './load-content';

// The unit tests validate content with a stand-in reference(); search only reads ids and data.
const graph = loadContent().graph as unknown as SiteGraph;
const exercise = (id: string) => graph.exercise(id);

const MUSCLES = [
  { value: 'quadriceps', label: 'Quadriceps' },
  { value: 'hamstrings', label: 'Hamstrings' },
  { value: 'glutes', label: 'Glutes' },
  { value: 'calves', label: 'Calves' },
  { value: 'core', label: 'Core' },
  { value: 'hip-flexors', label: 'Hip flexors' },
  { value: 'ankle-dorsiflexors', label: 'Ankle dorsiflexors' },
  { value: 'hip-adductors', label: 'Hip adductors' },
  { value: 'foot-ankle-stabilisers', label: 'Foot and ankle stabilisers' },
];

describe('searchFilters', () => {
  it('offers the muscle groups twice, then kind, equipment and level, in display order', () => {
    const filters = searchFilters(graph);
    expect(filters.map((f) => [f.key, f.label])).toEqual([
      ['works', 'Works'],
      ['also', 'Also works'],
      ['kind', 'Kind'],
      ['equipment', 'Equipment'],
      ['level', 'Level'],
    ]);
    expect(filters[0]?.values).toEqual(MUSCLES);
    expect(filters[1]?.values).toEqual(MUSCLES);
    expect(filters[2]?.values).toEqual([
      { value: 'strength', label: 'Strength' },
      { value: 'plyometric', label: 'Plyometric' },
      { value: 'core-stability', label: 'Core stability' },
      { value: 'stretch', label: 'Stretch' },
      { value: 'mobility', label: 'Mobility' },
    ]);
    const equipment = filters[3]?.values ?? [];
    expect(equipment).toHaveLength(13);
    expect(equipment[0]).toEqual({ value: 'none', label: 'No equipment' });
    expect(equipment[6]).toEqual({ value: 'band', label: 'Resistance band' });
    expect(equipment[12]).toEqual({ value: 'trap-bar', label: 'Trap bar' });
    expect(filters[4]?.values).toEqual([
      { value: 'beginner', label: 'Beginner' },
      { value: 'intermediate', label: 'Intermediate' },
      { value: 'advanced', label: 'Advanced' },
    ]);
  });
});

describe('exerciseFilterValues', () => {
  it('carries the squat’s muscle groups, kind, equipment and level as ids', () => {
    expect(exerciseFilterValues(exercise('squat'), graph)).toEqual({
      works: ['quadriceps', 'glutes'],
      also: ['hamstrings', 'core', 'hip-adductors'],
      kind: ['strength'],
      equipment: ['none', 'dumbbell', 'kettlebell', 'barbell'],
      level: ['beginner'],
    });
  });

  it('carries a single piece of equipment as a one-item list', () => {
    expect(exerciseFilterValues(exercise('trap-bar-deadlift'), graph)).toMatchObject({
      kind: ['strength'],
      equipment: ['trap-bar'],
      level: ['intermediate'],
    });
  });
});

describe('exerciseMeta', () => {
  it('labels kind, level and every piece of equipment', () => {
    expect(exerciseMeta(exercise('squat'))).toEqual({
      kind: 'Strength',
      level: 'Beginner',
      equipment: 'No equipment · Dumbbell · Kettlebell · Barbell',
    });
    expect(exerciseMeta(exercise('bicycle-crunch'))).toEqual({
      kind: 'Core stability',
      level: 'Beginner',
      equipment: 'No equipment · Mat',
    });
    expect(exerciseMeta(exercise('drop-jump'))).toEqual({
      kind: 'Plyometric',
      level: 'Advanced',
      equipment: 'Plyo box',
    });
  });
});

describe('metaAttribute and filterAttributes', () => {
  it('writes one key:value, with commas turned into spaces', () => {
    expect(metaAttribute('equipment', 'Mat, band, step')).toBe('equipment:Mat  band  step');
    expect(metaAttribute('level', 'Beginner')).toBe('level:Beginner');
  });

  it('writes one attribute per value, in key order', () => {
    expect(filterAttributes({ works: ['glutes', 'core'], level: ['beginner'], also: [] })).toEqual([
      'works:glutes',
      'works:core',
      'level:beginner',
    ]);
  });

  it('badges each result type', () => {
    expect(RESULT_TYPES).toEqual({
      guide: 'Guide',
      muscle: 'Muscle group',
      exercise: 'Exercise',
      complaint: 'Complaint',
      program: 'Program',
      source: 'Source',
    });
  });
});
