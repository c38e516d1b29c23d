import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/graph';
import { exercise, muscle, ref } from './fixtures';

const quads = muscle('quads', {
  order: 1,
  muscles: [{ anatomical: 'Rectus femoris', common: 'middle' }],
});
const flexors = muscle('flexors', {
  order: 2,
  tier: 'supporting',
  muscles: [
    { anatomical: 'Rectus femoris', common: 'middle' },
    { anatomical: 'Psoas major', common: 'deep' },
  ],
  antagonists: [ref('muscles', 'quads')],
});

describe('buildGraph', () => {
  it('derives each muscle group’s exercises from the exercises, primary and secondary apart', () => {
    const squat = exercise('squat', ['quads'], { secondary: ['flexors'] });
    const raise = exercise('raise', ['flexors']);
    const graph = buildGraph([flexors, quads], [squat, raise]);
    expect(graph.exercisesFor('quads')).toEqual({ primary: [squat], secondary: [] });
    expect(graph.exercisesFor('flexors')).toEqual({ primary: [raise], secondary: [squat] });
    expect(graph.musclesOf(squat)).toEqual({ primary: [quads], secondary: [flexors] });
  });

  it('orders muscles by their order field and exercises by name', () => {
    const graph = buildGraph(
      [flexors, quads],
      [exercise('zeta', ['quads']), exercise('alpha', ['quads'])],
    );
    expect(graph.muscles.map((m) => m.id)).toEqual(['quads', 'flexors']);
    expect(graph.exercises.map((e) => e.id)).toEqual(['alpha', 'zeta']);
  });

  it('finds individual muscles shared by two groups', () => {
    const graph = buildGraph([quads, flexors], []);
    expect(graph.sharedMuscles('quads')).toEqual([
      { anatomical: 'Rectus femoris', groups: [flexors] },
    ]);
    expect(graph.sharedMuscles('flexors')).toEqual([
      { anatomical: 'Rectus femoris', groups: [quads] },
    ]);
  });

  it('resolves antagonists and ladder rungs that name other exercises', () => {
    const bridge = exercise('bridge', ['quads']);
    const thrust = exercise('thrust', ['quads'], {
      ladder: [
        { exercise: ref('exercises', 'bridge'), note: 'Start here', here: false },
        { name: 'Thrust', here: true },
      ],
    });
    const graph = buildGraph([quads, flexors], [bridge, thrust]);
    expect(graph.antagonists(flexors)).toEqual([quads]);
    expect(graph.ladder(thrust)).toEqual([
      { label: 'Bridge', exercise: bridge, note: 'Start here', here: false },
      { label: 'Thrust', exercise: undefined, note: undefined, here: true },
    ]);
  });

  it('groups exercises by kind in taxonomy order', () => {
    const stretch = exercise('stretch', ['quads'], { kind: 'stretch' });
    const squat = exercise('squat', ['quads']);
    const graph = buildGraph([quads], [stretch, squat]);
    expect(graph.byKind(graph.exercises).map((g) => g.kind)).toEqual(['strength', 'stretch']);
  });

  it.each([
    [
      'an unknown primary muscle',
      [exercise('squat', ['quadz'])],
      'content/exercises/squat.mdx: primary[0]: unknown muscle group "quadz"',
    ],
    [
      'an unknown secondary muscle',
      [exercise('squat', ['quads'], { secondary: ['nope'] })],
      'content/exercises/squat.mdx: secondary[0]',
    ],
    [
      'a muscle that is both primary and secondary',
      [exercise('squat', ['quads'], { secondary: ['quads'] })],
      'content/exercises/squat.mdx: secondary: "quads" is already a primary',
    ],
    [
      'a ladder rung naming a missing exercise',
      [
        exercise('squat', ['quads'], {
          ladder: [
            { exercise: ref('exercises', 'ghost'), here: false },
            { name: 'Squat', here: true },
          ],
        }),
      ],
      'content/exercises/squat.mdx: ladder[0].exercise: unknown exercise "ghost"',
    ],
    [
      'a ladder that names its own exercise',
      [
        exercise('squat', ['quads'], {
          ladder: [
            { exercise: ref('exercises', 'squat'), here: false },
            { name: 'Squat', here: true },
          ],
        }),
      ],
      'content/exercises/squat.mdx: ladder[0].exercise: an exercise cannot be a rung of its own ladder',
    ],
  ])('fails on %s, naming the file and the field', (_, exercises, message) => {
    expect(() => buildGraph([quads], exercises)).toThrow(message);
  });

  it('fails on an antagonist that does not exist', () => {
    const broken = muscle('calves', { antagonists: [ref('muscles', 'shins')] });
    expect(() => buildGraph([broken], [])).toThrow(
      'content/muscles/calves.mdx: antagonists[0]: unknown muscle group "shins"',
    );
  });
});
