import { describe, expect, it } from 'vitest';
import { doseProblems, type ProgramItem } from '../../src/lib/programs/dose-fit';
import { loadProblems, weekLoad } from '../../src/lib/programs/load';
import { buildProgramIndex, type ProgramNode } from '../../src/lib/programs/program-index';
import { programFacetValues } from '../../src/lib/programs/facets';
import { sessionPlacements, weekRuns } from '../../src/lib/programs/placements';
import type { ExerciseData, ProgramData } from '../../src/lib/content/schemas';
import { exercise } from './fixtures';
import { schemas } from './load-content';

type Week = ProgramData['plan'][number];
type Dose = ExerciseData['dose'];

const ref = (id: string) => ({ collection: 'exercises' as const, id });
const item = (id: string, dose: Omit<ProgramItem, 'exercise'>): ProgramItem => ({
  exercise: ref(id),
  ...dose,
});
const week = (n: number, items: ProgramItem[][], extra: Partial<Week> = {}): Week => ({
  week: n,
  lighter: false,
  focus: 'A week used in the tests.',
  sessions: items.map((exercises, i) => ({
    name: String.fromCharCode(65 + i),
    slot: 'hard-day',
    exercises,
  })),
  ...extra,
});

/** A small valid program; override any field to break it. */
function program(id: string, data: Partial<ProgramData> = {}): ProgramNode {
  const plan = data.plan ?? [
    week(1, [[item('squat', { sets: 2, reps: '8' })]]),
    week(2, [[item('squat', { sets: 2, reps: '9' })]]),
  ];
  return {
    id,
    filePath: `content/programs/${id}.mdx`,
    data: {
      name: `Program ${id}`,
      summary: 'A program used in tests, described in one sentence of enough length.',
      goal: 'Test the program machinery.',
      level: 'beginner',
      equipment: ['none'],
      phases: ['base'],
      weeks: plan.length,
      sessionsPerWeek: plan[0]?.sessions.length ?? 1,
      minutes: 30,
      load: { maxIncrease: 20, lighterAtMost: 70 },
      progression: ['Add reps before sets, and sets before load.'],
      sources: { structure: ['blagrove-2018'], progression: ['bohm-2015'] },
      grades: {},
      aliases: [],
      ...data,
      plan,
    },
  };
}

const squat = exercise('squat', ['quadriceps']);
const plank = exercise('plank', ['core'], {
  kind: 'core-stability',
  dose: { sets: 3, seconds: '30-60', perSide: false, perWeek: '2-3' },
});
const backSquat = exercise('back-squat', ['quadriceps'], {
  level: 'advanced',
  equipment: ['barbell'],
  dose: {
    sets: 3,
    reps: '3-5',
    percentMax: '80-85',
    repsInReserve: '2-3',
    perSide: false,
    perWeek: '2',
  },
});
const pogo = exercise('pogo-hops', ['calves'], {
  kind: 'plyometric',
  dose: { contacts: '40-80', perSide: false, perWeek: '2' },
});
const lunge = exercise('lunge', ['quadriceps'], {
  dose: { sets: 3, reps: '8-12', perSide: true, perWeek: '2' },
  ladder: [
    { name: 'Split squat', here: false },
    { name: 'Lunge', here: true },
  ],
});
const exercises = [squat, plank, backSquat, pogo, lunge];
const index = (...programs: ProgramNode[]) => buildProgramIndex(programs, exercises);

describe('a program dose inside the exercise dose', () => {
  const squatDose: Dose = { sets: 3, reps: '8-12', perSide: false, perWeek: '2' };
  const heavy = backSquat.data.dose;
  it('accepts lighter versions of the same prescription', () => {
    expect(doseProblems(item('squat', { sets: 2, reps: '8' }), squatDose)).toEqual([]);
    expect(doseProblems(item('squat', { sets: 4, reps: '4-12' }), squatDose)).toEqual([]);
    expect(
      doseProblems(item('back-squat', { sets: 3, reps: '5', percentMax: '72-85' }), heavy),
    ).toEqual([]);
  });

  it.each([
    ['another form', { sets: 3, seconds: '30' }, 'dosed in seconds'],
    ['two sets too many', { sets: 5, reps: '8' }, '5 sets is more than 4'],
    ['reps above the range', { sets: 3, reps: '10-15' }, 'goes above'],
    ['reps below half the low end', { sets: 3, reps: '3' }, 'starts below 4'],
    ['a %1RM the page does not give', { sets: 3, reps: '8', percentMax: '80' }, 'gives none'],
  ] as const)('rejects %s', (_, dose, message) => {
    expect(doseProblems(item('squat', dose), squatDose).join(' ')).toContain(message);
  });

  it.each([
    ['a %1RM above the range', { sets: 3, reps: '3', percentMax: '88' }, 'outside 70–85%'],
    ['a %1RM far below it', { sets: 3, reps: '3', percentMax: '65' }, 'outside 70–85%'],
    [
      'fewer reps in reserve',
      { sets: 3, reps: '3', repsInReserve: '1' },
      'closer to failure than the exercise',
    ],
    ['heavy work without a load', { sets: 3, reps: '3' }, 'must say how heavy'],
  ] as const)('rejects %s on heavy work', (_, dose, message) => {
    expect(doseProblems(item('back-squat', dose), heavy).join(' ')).toContain(message);
  });

  it('checks effort on holds and contacts on jumps', () => {
    const hold: Dose = { sets: 3, seconds: '30', effort: '60-80', perSide: false, perWeek: '2' };
    expect(doseProblems(item('x', { sets: 3, seconds: '30', effort: '90' }), hold)[0]).toContain(
      'effort goes above',
    );
    expect(doseProblems(item('pogo-hops', { contacts: '100' }), pogo.data.dose)[0]).toContain(
      'goes above the exercise',
    );
    expect(doseProblems(item('pogo-hops', { contacts: '20-60' }), pogo.data.dose)).toEqual([]);
  });
});

describe('weekly load', () => {
  const perSide = (id: string) => id === 'lunge';
  it('adds sets × the top of the range per form, doubled for each side', () => {
    const w = week(1, [
      [item('squat', { sets: 3, reps: '8-10' }), item('lunge', { sets: 2, reps: '8' })],
      [item('plank', { sets: 2, seconds: '30' }), item('pogo-hops', { contacts: '40-60' })],
    ]);
    expect(weekLoad(w, perSide)).toEqual({ reps: 30 + 32, seconds: 60, contacts: 60 });
  });

  const rule = { maxIncrease: 20, lighterAtMost: 70 };
  const squats = (n: number, sets: number, reps: string, extra: Partial<Week> = {}) =>
    week(n, [[item('squat', { sets, reps })]], extra);

  it('lets a full week rise by the rule and no more', () => {
    expect(loadProblems([squats(1, 2, '10'), squats(2, 2, '12')], rule, perSide)).toEqual([]);
    const [problem] = loadProblems([squats(1, 2, '10'), squats(2, 3, '10')], rule, perSide);
    expect(problem?.week).toBe(2);
    expect(problem?.problem).toContain('rise 50% over week 1 (20 to 30)');
  });

  it('holds a lighter week to its share of the week before', () => {
    const light = { lighter: true };
    expect(loadProblems([squats(1, 3, '10'), squats(2, 2, '10', light)], rule, perSide)).toEqual(
      [],
    );
    const [problem] = loadProblems([squats(1, 3, '10'), squats(2, 3, '8', light)], rule, perSide);
    expect(problem?.problem).toContain('more than 70% of week 1');
  });

  it('compares the week after a lighter one with the last full week', () => {
    const plan = [squats(1, 3, '10'), squats(2, 2, '8', { lighter: true }), squats(3, 3, '12')];
    expect(loadProblems(plan, rule, perSide)).toEqual([]);
    const jump = [squats(1, 3, '10'), squats(2, 2, '8', { lighter: true }), squats(3, 4, '10')];
    expect(loadProblems(jump, rule, perSide)[0]?.problem).toContain('over week 1');
  });

  it('does not compare a form with a week that did not have it', () => {
    const plan = [
      squats(1, 2, '10'),
      week(2, [
        [item('squat', { sets: 2, reps: '10' }), item('plank', { sets: 3, seconds: '60' })],
      ]),
    ];
    expect(loadProblems(plan, rule, perSide)).toEqual([]);
  });
});

describe('resolving programs against the exercises', () => {
  const fails = (p: ProgramNode) => expect(() => index(p));

  it('resolves rows with their dose in words and a box per set', () => {
    const { programs } = index(program('p'));
    const row = programs[0]?.weeks[0]?.sessions[0]?.rows[0];
    expect(row?.exercise).toBe(squat);
    expect(row?.dose).toBe('2 × 8 reps');
    expect(row?.ticks).toBe(2);
  });

  it('names the file, week, session and exercise of an unknown exercise', () => {
    const plan = [week(1, [[item('burpee', { sets: 2, reps: '8' })]])];
    fails(program('p', { plan })).toThrow(
      'content/programs/p.mdx: week 1, session A, exercise 1 ("burpee"): unknown exercise "burpee"',
    );
  });

  it('rejects a dose outside the exercise, naming the week', () => {
    const plan = [
      week(1, [[item('squat', { sets: 2, reps: '8' })]]),
      week(2, [[item('squat', { sets: 2, reps: '15' })]]),
    ];
    fails(program('p', { plan })).toThrow(/week 2, session A.*dose not inside.*goes above/);
  });

  it('rejects a rung the ladder does not have', () => {
    const plan = [week(1, [[item('lunge', { rung: 'Jump lunge', sets: 2, reps: '8' })]])];
    fails(program('p', { plan })).toThrow(/"Jump lunge" is not a rung.*"Split squat"/);
  });

  it('rejects an exercise above the program level or needing other equipment', () => {
    const plan = [week(1, [[item('back-squat', { sets: 3, reps: '5', repsInReserve: '3' })]])];
    fails(program('p', { plan })).toThrow(/rated advanced, above this beginner program/);
    fails(program('p', { plan, level: 'advanced' })).toThrow(/needs one of barbell/);
    expect(() =>
      index(program('p', { plan, level: 'advanced', equipment: ['barbell'] })),
    ).not.toThrow();
  });

  it('keeps heavy, jump and leg work out of easy-day and race-week sessions', () => {
    const heavy = item('back-squat', { sets: 3, reps: '5', repsInReserve: '3' });
    const base = { level: 'advanced' as const, equipment: ['barbell' as const] };
    const easy = (i: ProgramItem) => [
      { ...week(1, [[i]]).sessions[0]!, slot: 'easy-day' as const },
    ];
    fails(program('p', { ...base, plan: [{ ...week(1, []), sessions: easy(heavy) }] })).toThrow(
      /heavy or jump work cannot go in a "easy-day" session/,
    );
    const legs = item('squat', { sets: 2, reps: '8' });
    fails(program('p', { plan: [{ ...week(1, []), sessions: easy(legs) }] })).toThrow(
      /leg strength work cannot go in a "easy-day" session/,
    );
    const core = item('plank', { sets: 2, seconds: '30' });
    expect(() =>
      index(program('p', { plan: [{ ...week(1, []), sessions: easy(core) }] })),
    ).not.toThrow();
    const race = [
      {
        ...week(1, [[item('pogo-hops', { contacts: '40' })]], { lighter: true }).sessions[0]!,
        slot: 'race-week' as const,
      },
    ];
    fails(
      program('p', {
        level: 'advanced',
        plan: [{ ...week(1, [], { lighter: true }), sessions: race }],
      }),
    ).toThrow(/heavy or jump work cannot go in a "race-week" session/);
  });

  it('puts race-week sessions only in lighter weeks', () => {
    const sessions = [
      {
        ...week(1, [[item('plank', { sets: 2, seconds: '30' })]]).sessions[0]!,
        slot: 'race-week' as const,
      },
    ];
    fails(program('p', { plan: [{ ...week(1, []), sessions }] })).toThrow(
      /week 1: a "race-week" session belongs in a lighter week/,
    );
  });

  it('holds an exercise to the sessions a week its page allows', () => {
    const s = item('squat', { sets: 2, reps: '8' });
    const plan = [week(1, [[s], [s], [s]])];
    fails(program('p', { plan, sessionsPerWeek: 3 })).toThrow(
      /week 1: "squat" comes in 3 sessions, more than its page's 2 a week/,
    );
  });

  it('reports the first week whose load breaks the rule', () => {
    const plan = [
      week(1, [[item('squat', { sets: 2, reps: '8' })]]),
      week(2, [[item('squat', { sets: 3, reps: '8' })]]),
    ];
    fails(program('p', { plan })).toThrow(/p\.mdx: week 2, load: weekly reps.*at most 20%/);
  });

  it('orders programs by level, then length, and lists who uses each exercise', () => {
    const long = program('long', {
      plan: [1, 2, 3].map((n) => week(n, [[item('squat', { sets: 2, reps: '8' })]])),
    });
    const short = program('short');
    const hard = program('hard', { level: 'intermediate' });
    const { programs, usedBy } = index(hard, long, short);
    expect(programs.map((p) => p.entry.id)).toEqual(['short', 'long', 'hard']);
    expect(usedBy('squat').map((p) => p.entry.id)).toEqual(['short', 'long', 'hard']);
    expect(usedBy('plank')).toEqual([]);
  });
});

describe('the program schema', () => {
  const raw = (change: (p: Record<string, unknown>) => void) => {
    const p = structuredClone(program('p').data) as unknown as Record<string, unknown>;
    const plan = p['plan'] as { sessions: { exercises: Record<string, unknown>[] }[] }[];
    for (const w of plan)
      for (const s of w.sessions) for (const e of s.exercises) e['exercise'] = 'squat';
    change(p);
    return schemas.program.safeParse(p);
  };
  const plan = (p: Record<string, unknown>) =>
    p['plan'] as {
      week: number;
      sessions: { name: string; exercises: Record<string, unknown>[] }[];
    }[];

  it('accepts the valid fixture', () => {
    expect(raw(() => undefined).success).toBe(true);
  });

  it.each([
    [
      'a week count that does not match the plan',
      (p: Record<string, unknown>) => (p['weeks'] = 3),
      '"weeks" is 3',
    ],
    [
      'weeks out of order',
      (p: Record<string, unknown>) => (plan(p)[1]!.week = 3),
      'week 2: numbered 3',
    ],
    [
      'too many sessions in a week',
      (p: Record<string, unknown>) => (p['sessionsPerWeek'] = 2),
      'week 1: 1 sessions',
    ],
    [
      '"none" beside other equipment',
      (p: Record<string, unknown>) => (p['equipment'] = ['none', 'band']),
      'stands alone',
    ],
    [
      'a dose mixing forms',
      (p: Record<string, unknown>) => (plan(p)[0]!.sessions[0]!.exercises[0]!['seconds'] = '30'),
      'exactly one of',
    ],
    [
      'a session name that is not a letter',
      (p: Record<string, unknown>) => (plan(p)[0]!.sessions[0]!.name = 'Legs'),
      'one capital letter',
    ],
    [
      'an unknown slot',
      (p: Record<string, unknown>) =>
        ((plan(p)[0]!.sessions[0] as Record<string, unknown>)['slot'] = 'rest-day'),
      'slot',
    ],
    [
      'an unknown source',
      (p: Record<string, unknown>) =>
        (p['sources'] = { structure: ['nobody-2099'], progression: ['bohm-2015'] }),
      'nobody-2099',
    ],
  ])('rejects %s', (_, change, message) => {
    const result = raw(change);
    expect(result.success).toBe(false);
    const said = (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(said.join('\n')).toContain(message);
  });
});

describe('program helpers', () => {
  it('says runs of weeks in words', () => {
    expect(weekRuns([8])).toBe('week 8');
    expect(weekRuns([1, 2, 3, 4, 5, 6, 7])).toBe('weeks 1–7');
    expect(weekRuns([1, 2, 4, 6, 7])).toBe('weeks 1–2, 4 and 6–7');
  });

  it('groups where each session goes by session and slot', () => {
    const weeks = [1, 2, 3].map((n) => ({
      week: n,
      sessions: [{ name: 'A', slot: n === 3 ? ('race-week' as const) : ('hard-day' as const) }],
    }));
    expect(sessionPlacements(weeks)).toEqual([
      { session: 'A', slot: 'hard-day', weeks: 'weeks 1–2' },
      { session: 'A', slot: 'race-week', weeks: 'week 3' },
    ]);
  });

  it('offers a filter value only where a program has it', () => {
    const { programs } = index(
      program('a'),
      program('b', { level: 'intermediate', equipment: ['band', 'step'] }),
    );
    const values = programFacetValues(programs).map(
      (v) => `${v.facet}/${v.value}:${v.programs.length}`,
    );
    expect(values).toEqual([
      'level/beginner:1',
      'level/intermediate:1',
      'equipment/none:1',
      'equipment/step:1',
      'equipment/band:1',
      'weeks/2:2',
    ]);
  });
});

describe('the still palette', () => {
  it('matches the light-scheme design tokens, since stills print on white paper', async () => {
    const { readFileSync } = await import('node:fs');
    const { STILL_PALETTE } = await import('../../src/build/still-palette');
    const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    const light = css.slice(0, css.indexOf('prefers-color-scheme: dark'));
    for (const [token, value] of Object.entries(STILL_PALETTE)) {
      expect(light, token).toMatch(new RegExp(`${token}:\\s*${value};`, 'i'));
    }
  });
});
