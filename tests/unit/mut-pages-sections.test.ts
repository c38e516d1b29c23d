import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/graph';
import {
  asHeading,
  FULL_CARDS_UP_TO,
  muscleExerciseSections,
  SECTIONS,
  weekSection,
} from '../../src/lib/page-model/sections';
import { exercise, muscle } from './fixtures';

const flexors = muscle('flexors', { name: 'Hip Flexors', order: 1 });
const calves = muscle('calves', { name: 'Calves', order: 2 });
const unused = muscle('unused', { name: 'Unused Group', order: 3 });
const names = (list: { id: string }[]) => list.map((e) => e.id);

/** `n` strength exercises that target the hip flexors, named a1, a2, … */
const targeting = (n: number) =>
  Array.from({ length: n }, (_, i) => exercise(`a${i + 1}`, ['flexors']));

describe('muscleExerciseSections', () => {
  it('lists targeting then assisting exercises, headed with the group in lower case', () => {
    const march = exercise('march', ['flexors'], { secondary: ['calves'] });
    const stretch = exercise('stretch', ['calves'], { kind: 'stretch', secondary: ['flexors'] });
    const graph = buildGraph([flexors, calves, unused], [march, stretch]);
    const sections = muscleExerciseSections(graph, graph.muscle('flexors'));
    expect(sections.map((s) => [s.slug, s.text, s.compact])).toEqual([
      ['exercises', 'Exercises that target the hip flexors', false],
      ['also-works', 'Exercises that also work the hip flexors', true],
    ]);
    expect(sections[0]?.groups.map((g) => [g.kind, names(g.exercises)])).toEqual([
      ['strength', ['march']],
    ]);
    expect(sections[1]?.groups.map((g) => [g.kind, names(g.exercises)])).toEqual([
      ['stretch', ['stretch']],
    ]);
  });

  it('leaves out a list with no exercises, and both when the group has none', () => {
    const graph = buildGraph([flexors, calves, unused], targeting(2));
    const sections = muscleExerciseSections(graph, graph.muscle('flexors'));
    expect(sections.map((s) => s.slug)).toEqual(['exercises']);
    expect(muscleExerciseSections(graph, graph.muscle('unused'))).toEqual([]);
  });

  it('keeps full cards up to eight targeting exercises and drops summaries past that', () => {
    expect(FULL_CARDS_UP_TO).toBe(8);
    const eight = buildGraph([flexors, calves], targeting(8));
    expect(muscleExerciseSections(eight, eight.muscle('flexors'))[0]?.compact).toBe(false);
    const nine = buildGraph([flexors, calves], targeting(9));
    expect(muscleExerciseSections(nine, nine.muscle('flexors'))[0]?.compact).toBe(true);
  });
});

describe('weekSection and asHeading', () => {
  it('names a week section and its anchor by the week number', () => {
    expect(weekSection(3)).toEqual({ slug: 'week-3', text: 'Week 3' });
    expect(weekSection(12)).toEqual({ slug: 'week-12', text: 'Week 12' });
  });

  it('makes a level-two heading of a section', () => {
    expect(asHeading(SECTIONS.references)).toEqual({
      depth: 2,
      slug: 'references',
      text: 'References',
    });
    expect(asHeading(weekSection(1))).toEqual({ depth: 2, slug: 'week-1', text: 'Week 1' });
  });
});
