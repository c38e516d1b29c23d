import { describe, expect, it } from 'vitest';
import { loadContent, schemas } from './load-content';

/**
 * Every field of every schema, broken in turn on a real entry: the parse must fail and the
 * error must point at that field. Build fixtures prove the same errors stop `astro build`.
 */
const { muscles, exercises, guides } = loadContent();
type Raw = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

function rawOf(entry: { data: unknown }): Raw {
  // Turn parsed references back into ids, as they are written in frontmatter.
  return JSON.parse(
    JSON.stringify(entry.data, (_, v: unknown) =>
      v && typeof v === 'object' && 'collection' in v && 'id' in v ? (v as { id: string }).id : v,
    ),
  ) as Raw;
}

function issuePaths(
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

const cases = [
  { name: 'muscle', schema: schemas.muscle, entry: muscles[0] },
  { name: 'exercise', schema: schemas.exercise, entry: exercises[0] },
  { name: 'guide', schema: schemas.guide, entry: guides[0] },
] as const;

/**
 * Which fields an author must write, listed here by hand and not read from the schemas: making
 * a required field optional (or the reverse) fails a test instead of silently dropping it.
 */
const REQUIRED = {
  muscle: [
    'name',
    'summary',
    'tier',
    'location',
    'muscles',
    'actions',
    'stride',
    'sources',
    'order',
  ],
  exercise: [
    'name',
    'summary',
    'kind',
    'primary',
    'equipment',
    'level',
    'dose',
    'sources',
    'steps',
    'ladder',
  ],
  guide: ['title', 'summary', 'starterSet'],
} as const;
const OPTIONAL = {
  muscle: ['grades', 'antagonists', 'partners', 'aliases', 'searchTerms', 'updated'],
  exercise: ['secondary', 'grades', 'aliases', 'searchTerms', 'updated'],
  guide: ['searchTerms', 'updated'],
} as const;

describe.each(cases)('the $name schema', ({ name, schema, entry }) => {
  const raw = rawOf(entry ?? { data: {} });
  const fields = Object.keys(schema.shape);

  it('accepts the real entry it breaks below', () => {
    expect(schema.safeParse(raw).success).toBe(true);
  });

  it('has exactly the fields listed as required or optional', () => {
    expect([...fields].sort()).toEqual([...REQUIRED[name], ...OPTIONAL[name]].sort());
  });

  it.each(fields)('rejects a wrong type in "%s" and names it', (field) => {
    const broken = { ...clone(raw), [field]: Symbol.for('not data') };
    expect(issuePaths(schema, broken)[0]).toMatch(new RegExp(`^${field}`));
  });

  it.each(REQUIRED[name])('requires "%s"', (field) => {
    const broken = clone(raw);
    delete broken[field];
    expect(issuePaths(schema, broken)).toContain(field);
  });

  it.each(OPTIONAL[name])('accepts an entry without "%s"', (field) => {
    const without = clone(raw);
    delete without[field];
    expect(schema.safeParse(without).success).toBe(true);
  });

  it('rejects an unknown field and names it', () => {
    const result = schema.safeParse({ ...clone(raw), colour: 'red' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('colour');
  });
});

describe('nested fields', () => {
  const muscle = rawOf(muscles[0] ?? { data: {} });
  const exercise = rawOf(exercises[0] ?? { data: {} });
  it.each([
    ['muscle', 'muscles.0.anatomical', { ...muscle, muscles: [{ common: 'no anatomical name' }] }],
    [
      'muscle',
      'actions.0.joint',
      { ...muscle, actions: [{ joint: 'elbow', movement: 'flexion' }] },
    ],
    [
      'muscle',
      'actions.0.movement',
      { ...muscle, actions: [{ joint: 'knee', movement: 'wiggle' }] },
    ],
    [
      'muscle',
      'stride.phases.0.phase',
      {
        ...muscle,
        stride: {
          phases: [{ phase: 'flight', role: 'Something long enough here.' }],
          speed: 'Twenty characters at least.',
        },
      },
    ],
    [
      'muscle',
      'stride.phases',
      {
        ...muscle,
        stride: {
          phases: [
            { phase: 'swing', role: 'Something long enough here.' },
            { phase: 'swing', role: 'Something long enough here.' },
          ],
          speed: 'Twenty characters at least.',
        },
      },
    ],
    ['muscle', 'summary', { ...muscle, summary: 'x'.repeat(161) }],
    ['muscle', 'tier', { ...muscle, tier: 'tertiary' }],
    ['exercise', 'dose', { ...exercise, dose: { sets: 3, perWeek: '2' } }],
    [
      'exercise',
      'dose',
      { ...exercise, dose: { sets: 3, reps: '8', seconds: '30', perWeek: '2' } },
    ],
    ['exercise', 'dose.reps', { ...exercise, dose: { sets: 3, reps: 'lots', perWeek: '2' } }],
    ['exercise', 'dose.sets', { ...exercise, dose: { sets: 0, reps: '8', perWeek: '2' } }],
    ['exercise', 'equipment.0', { ...exercise, equipment: ['trampoline'] }],
    ['exercise', 'kind', { ...exercise, kind: 'cardio' }],
    ['exercise', 'level', { ...exercise, level: 'expert' }],
    ['exercise', 'primary', { ...exercise, primary: [] }],
    ['exercise', 'steps', { ...exercise, steps: ['Only one step here.'] }],
    [
      'exercise',
      'ladder',
      {
        ...exercise,
        ladder: [
          { name: 'One', here: true },
          { name: 'Two', here: true },
        ],
      },
    ],
    [
      'exercise',
      'ladder.0',
      {
        ...exercise,
        ladder: [
          { name: 'Both', exercise: 'squat' },
          { name: 'Here', here: true },
        ],
      },
    ],
  ] as const)('a %s with a bad %s is rejected there', (kind, path, value) => {
    const schema = kind === 'muscle' ? schemas.muscle : schemas.exercise;
    expect(issuePaths(schema, value)).toContain(path);
  });
});
