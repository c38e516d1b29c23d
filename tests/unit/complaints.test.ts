import { describe, expect, it } from 'vitest';
import { buildComplaintIndex } from '../../src/lib/graph/complaints';
import { buildGraph } from '../../src/lib/graph/graph';
import { complaintClaims, pageCitations } from '../../src/lib/evidence/citations';
import { aliasRedirects } from '../../src/lib/page-model/aliases';
import { complaint, exercise, muscle } from './fixtures';

const calves = muscle('calves', { order: 1 });
const glutes = muscle('glutes', { order: 2 });
const raise = exercise('raise', ['calves']);
const bridge = exercise('bridge', ['glutes'], { secondary: ['calves'] });
const stretch = exercise('stretch', ['calves'], { kind: 'stretch' });
const graph = buildGraph([calves, glutes], [raise, bridge, stretch]);

describe('buildComplaintIndex', () => {
  const heel = complaint(
    'heel',
    ['calves'],
    [
      ['raise', 'limited'],
      ['stretch', 'mixed'],
    ],
  );
  const achilles = complaint(
    'achilles',
    ['calves', 'glutes'],
    [
      ['raise', 'moderate'],
      ['bridge', 'expert-opinion'],
    ],
  );
  const shin = complaint(
    'shin',
    ['calves', 'glutes'],
    [
      ['stretch', 'mixed'],
      ['raise', 'mixed'],
    ],
  );
  const index = buildComplaintIndex(graph, [shin, heel, achilles]);

  it('lists complaints by name and resolves their muscle groups and exercises in order', () => {
    expect(index.complaints.map((c) => c.id)).toEqual(['achilles', 'heel', 'shin']);
    expect(index.musclesOf(achilles).map((m) => m.muscle)).toEqual([calves, glutes]);
    expect(index.exercisesOf(heel).map((e) => [e.exercise, e.grade])).toEqual([
      [raise, 'limited'],
      [stretch, 'mixed'],
    ]);
  });

  it('links an exercise back to a complaint only where the evidence supports it', () => {
    expect(index.helpsWithExercise(raise)).toEqual([
      { complaint: achilles, grade: 'moderate' },
      { complaint: heel, grade: 'limited' },
    ]);
    expect(index.helpsWithExercise(bridge)).toEqual([
      { complaint: achilles, grade: 'expert-opinion' },
    ]);
    // Mixed evidence is shown on the complaint page but never claimed on the exercise page.
    expect(index.helpsWithExercise(stretch)).toEqual([]);
  });

  it('links a muscle group back only where a supported exercise targets it', () => {
    expect(index.helpsWithMuscle(calves)).toEqual([achilles, heel]);
    // The bridge targets the glutes with support for the Achilles; shin lists the glutes
    // but none of its exercises is supported, so it does not count.
    expect(index.helpsWithMuscle(glutes)).toEqual([achilles]);
  });

  it.each([
    [
      'an unknown exercise',
      complaint(
        'knee',
        ['calves'],
        [
          ['raise', 'limited'],
          ['burpee', 'limited'],
        ],
      ),
      'content/complaints/knee.mdx: exercises[1].exercise: unknown exercise "burpee"',
    ],
    [
      'an unknown muscle group',
      complaint(
        'knee',
        ['quadz'],
        [
          ['raise', 'limited'],
          ['bridge', 'limited'],
        ],
      ),
      'content/complaints/knee.mdx: muscles[0].muscle: unknown muscle group "quadz"',
    ],
    [
      'an exercise listed twice',
      complaint(
        'knee',
        ['calves'],
        [
          ['raise', 'limited'],
          ['raise', 'moderate'],
        ],
      ),
      'content/complaints/knee.mdx: exercises[1].exercise: "raise" is listed twice',
    ],
    [
      'a muscle group listed twice',
      complaint(
        'knee',
        ['calves', 'calves'],
        [
          ['raise', 'limited'],
          ['bridge', 'limited'],
        ],
      ),
      'content/complaints/knee.mdx: muscles[1].muscle: "calves" is listed twice',
    ],
  ])('fails on %s, naming the file and the field', (_, broken, message) => {
    expect(() => buildComplaintIndex(graph, [broken])).toThrow(message);
  });
});

describe('complaint citations', () => {
  const knee = complaint(
    'knee',
    ['calves'],
    [
      ['raise', 'limited'],
      ['bridge', 'limited'],
    ],
    {
      redFlags: [
        { sign: 'It swells up badly.', action: 'See a doctor today.' },
        { sign: 'It locks or gives way.', action: 'See a physio.', sources: ['winters-2013'] },
      ],
      avoid: [{ text: 'Running through pain.', sources: ['radford-2007'] }, { text: 'Stairs.' }],
      sources: ['moen-2012'],
    },
  );

  it('splits claims into those shown before the body and after it, skipping uncited lines', () => {
    const { before, after } = complaintClaims(knee.data);
    expect(before.map((c) => [c.key, c.ids])).toEqual([
      ['redFlags[1]', ['winters-2013']],
      ['sources', ['moen-2012']],
    ]);
    expect(after.map((c) => [c.key, c.ids])).toEqual([
      ['exercises[0]', ['crossley-2016']],
      ['exercises[1]', ['crossley-2016']],
      ['avoid[0]', ['radford-2007']],
    ]);
  });

  it('numbers references in render order: before the body, the body, then after it', () => {
    const { before, after } = complaintClaims(knee.data);
    const refs = pageCitations(before, 'See <Cite id="goom-2016" />.', after);
    expect(refs.map((r) => [r.id, r.number, r.uses])).toEqual([
      ['winters-2013', 1, 1],
      ['moen-2012', 2, 1],
      ['goom-2016', 3, 1],
      ['crossley-2016', 4, 2],
      ['radford-2007', 5, 1],
    ]);
  });
});

describe('complaint aliases', () => {
  it('redirect under /complaints/ and may repeat a muscle alias there', () => {
    const redirects = aliasRedirects([
      { collection: 'muscles', id: 'calves', name: 'Calves', aliases: ['shin splints'] },
      { collection: 'complaints', id: 'shin-pain', name: 'Shin pain', aliases: ['shin splints'] },
    ]);
    expect(redirects).toContainEqual({
      from: '/complaints/shin-splints/',
      to: '/complaints/shin-pain/',
      name: 'Shin pain',
    });
    expect(redirects).toContainEqual({
      from: '/muscles/shin-splints/',
      to: '/muscles/calves/',
      name: 'Calves',
    });
  });

  it('fail when two complaints claim the same alias', () => {
    expect(() =>
      aliasRedirects([
        {
          collection: 'complaints',
          id: 'a',
          filePath: 'content/complaints/a.mdx',
          name: 'A',
          aliases: ['IT band'],
        },
        {
          collection: 'complaints',
          id: 'b',
          filePath: 'content/complaints/b.mdx',
          name: 'B',
          aliases: ['it band'],
        },
      ]),
    ).toThrow('content/complaints/b.mdx: aliases: "it band" would redirect /complaints/it-band/');
  });
});
