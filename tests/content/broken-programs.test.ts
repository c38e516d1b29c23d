import { describe, expect, it } from 'vitest';
import { buildWith, edit } from './build-fixture';

/**
 * Each case breaks one rule in a copy of a real program and runs the real build, which must
 * fail with a message naming the file and the week (or the field) at fault.
 */
const FILE = 'programs/beginner-no-equipment.mdx';
const change = (from: string | RegExp, to: string) => (dir: string) =>
  edit(dir, FILE, (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture: ${String(from)} not found in ${FILE}`);
    return next;
  });

const cases: { name: string; mutate: (dir: string) => void; expect: string[] }[] = [
  {
    name: 'an exercise that does not exist',
    mutate: change(
      "{ exercise: squat, rung: Bodyweight squat, sets: 3, reps: '8' }",
      "{ exercise: burpee, sets: 3, reps: '8' }",
    ),
    expect: [FILE, 'week 3, session A, exercise 1 ("burpee")', 'unknown exercise "burpee"'],
  },
  {
    name: 'a dose above the exercise page',
    mutate: change(
      "{ exercise: squat, rung: Bodyweight squat, sets: 2, reps: '10' }",
      "{ exercise: squat, rung: Bodyweight squat, sets: 2, reps: '15' }",
    ),
    expect: [FILE, 'week 2, session A, exercise 1 ("squat")', "goes above the exercise's 8–12"],
  },
  {
    name: 'load rising faster than the program allows',
    mutate: change('maxIncrease: 20', 'maxIncrease: 5'),
    expect: [FILE, 'week 2, load', 'this program allows at most 5%'],
  },
  {
    name: 'a lighter week that is not lighter',
    mutate: change(
      '    focus: A few more reps in each set',
      '    lighter: true\n    focus: A few more reps in each set',
    ),
    expect: [FILE, 'week 2, load', 'a lighter week carries', 'more than 70% of week 1'],
  },
  {
    name: 'leg work in an easy-day session',
    mutate: change('slot: hard-day', 'slot: easy-day'),
    expect: [FILE, 'week 1, session A, exercise 1 ("squat")', 'leg strength work cannot go'],
  },
  {
    name: 'a length that does not match the plan',
    mutate: change(/^weeks: 8$/m, 'weeks: 9'),
    expect: [FILE, 'plan', '"weeks" is 9 but the plan lists 8 weeks'],
  },
  {
    name: 'an unknown source for the structure',
    mutate: change('structure: [blagrove-2018', 'structure: [blagrove-2081'),
    expect: [FILE, 'sources', 'blagrove-2081'],
  },
];

describe('a broken program fails the build with its file and week', () => {
  it.each(cases)('$name', async ({ mutate, expect: parts }) => {
    const result = await buildWith(mutate);
    expect(result.ok, result.output).toBe(false);
    for (const part of parts) expect(result.output).toContain(part);
  });
});
