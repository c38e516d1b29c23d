import type { ExerciseData, MuscleData } from '../../src/lib/content/schemas';

const ref = <C extends 'muscles' | 'exercises'>(collection: C, id: string) => ({ collection, id });

/** A small valid muscle group; override any field to build a broken one. */
export function muscle(id: string, data: Partial<MuscleData> = {}) {
  return {
    id,
    filePath: `content/muscles/${id}.mdx`,
    data: {
      name: id[0]?.toUpperCase() + id.slice(1),
      summary: 'A muscle group used in tests, described in one sentence of enough length.',
      tier: 'primary',
      location: 'Somewhere on the leg',
      muscles: [{ anatomical: `${id} major`, common: 'the big one' }],
      actions: [{ joint: 'knee', movement: 'extension' }],
      stride: {
        phases: [{ phase: 'landing', role: 'Absorbs the landing force.' }],
        speed: 'More force.',
      },
      sources: { landing: ['hamner-2010'], speed: ['hamner-2010'] },
      grades: {},
      antagonists: [],
      partners: [],
      aliases: [],
      searchTerms: [],
      order: 1,
      ...data,
    } satisfies MuscleData,
  };
}

export function exercise(
  id: string,
  primary: string[],
  data: Partial<Omit<ExerciseData, 'primary' | 'secondary'>> & { secondary?: string[] } = {},
) {
  const { secondary = [], ...rest } = data;
  return {
    id,
    filePath: `content/exercises/${id}.mdx`,
    data: {
      name: id[0]?.toUpperCase() + id.slice(1),
      summary: 'An exercise used in tests, described in one sentence of enough length.',
      kind: 'strength',
      equipment: ['none'],
      level: 'beginner',
      dose: { sets: 3, reps: '8-12', perSide: false, perWeek: '2' },
      sources: { dose: ['blagrove-2018'] },
      grades: {},
      aliases: [],
      searchTerms: [],
      steps: ['Stand up tall.', 'Bend the knees.', 'Stand up again.'],
      ladder: [
        { name: 'Easier', here: false },
        { name: 'This one', here: true },
      ],
      ...rest,
      primary: primary.map((m) => ref('muscles', m)),
      secondary: secondary.map((m) => ref('muscles', m)),
    } satisfies ExerciseData,
  };
}

export { ref };
