import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  foldLine,
  sessionDates,
  type CalendarProgram,
} from '../../src/lib/programs/ics';
import { doseProblems, type ProgramItem } from '../../src/lib/programs/dose-fit';
import { loadProblems } from '../../src/lib/programs/load';
import { buildProgramIndex, type ProgramNode } from '../../src/lib/programs/program-index';
import { programFacetValues } from '../../src/lib/programs/facets';
import { sessionPlacements, weekRuns } from '../../src/lib/programs/placements';
import type { ExerciseData, ProgramData } from '../../src/lib/content/schemas';
import { exercise, ref as refTo } from './fixtures';
import { schemas } from './load-content';

type Week = ProgramData['plan'][number];
type Dose = ExerciseData['dose'];

const ref = (id: string) => refTo('exercises', id);
const item = (id: string, dose: Omit<ProgramItem, 'exercise'>): ProgramItem => ({
  exercise: ref(id),
  ...dose,
});
const week = (
  n: number,
  items: ProgramItem[][],
  extra: Partial<Week> = {},
  slot: Week['sessions'][number]['slot'] = 'hard-day',
): Week => ({
  week: n,
  lighter: false,
  focus: 'A week used in the tests.',
  sessions: items.map((exercises, i) => ({ name: String.fromCharCode(65 + i), slot, exercises })),
  ...extra,
});

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

describe('calendar dates', () => {
  const session = (week: number, name: string) => ({
    week,
    name,
    slot: 'On a hard-run day, after the run',
    lines: ['Squat: 2 × 8 reps'],
  });
  const plan: CalendarProgram = {
    id: 'plan',
    name: 'Plan, short',
    url: 'https://stride-atlas.example/programs/plan/',
    minutes: 25,
    weeks: 2,
    sessionsPerWeek: 2,
    sessions: [session(1, 'A'), session(1, 'B'), session(2, 'A'), session(2, 'B')],
  };
  const iso = (times: number[]) => times.map((t) => new Date(t).toISOString().slice(0, 10));

  // 4 January 2027 is a Monday, 10 January a Sunday.
  it('accepts Monday (1) and Sunday (7) as training days', () => {
    expect(iso(sessionDates(plan, { start: '2027-01-04', days: [1, 7] }))).toEqual([
      '2027-01-04',
      '2027-01-10',
      '2027-01-11',
      '2027-01-17',
    ]);
  });

  it('takes each week’s days in order from its start date', () => {
    // Week 1 runs Wednesday 6 to Tuesday 12 January: Sunday 10, then Monday 11.
    expect(iso(sessionDates(plan, { start: '2027-01-06', days: [7, 1] }))).toEqual([
      '2027-01-10',
      '2027-01-11',
      '2027-01-17',
      '2027-01-18',
    ]);
  });

  it.each([[[0, 3]], [[3, 8]], [[1, 1]], [[1, 2, 3]]])(
    'refuses the days %j for two sessions a week',
    (days) => {
      expect(() => sessionDates(plan, { start: '2027-01-04', days })).toThrow(
        new Error('pick 2 different training days'),
      );
    },
  );

  it.each(['12027-01-04', '2027-01-044', '027-01-04', '2027-1-04', '2027-01-4', 'abcd-01-04'])(
    'refuses the start date %s',
    (start) => {
      expect(() => sessionDates(plan, { start, days: [1, 7] })).toThrow(
        new Error(`"${start}" is not a date like 2027-01-04`),
      );
    },
  );

  it('refuses a week with more sessions than training days', () => {
    const crowded = { ...plan, sessions: [...plan.sessions, session(2, 'C')] };
    expect(() => sessionDates(crowded, { start: '2027-01-04', days: [1, 3] })).toThrow(
      new Error('week 2 has more sessions than days'),
    );
  });

  it('writes the named dates as all-day events', () => {
    const text = buildCalendar(
      { ...plan, sessionsPerWeek: 2 },
      { start: '2027-01-04', days: [1, 7] },
      new Date('2027-01-01T08:00:00.000Z'),
    );
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20270104',
      'DTSTART;VALUE=DATE:20270110',
      'DTSTART;VALUE=DATE:20270111',
      'DTSTART;VALUE=DATE:20270117',
    ]);
    expect(lines.filter((l) => l.startsWith('DTEND'))[1]).toBe('DTEND;VALUE=DATE:20270111');
    expect(lines).toContain('SUMMARY:Plan\\, short: week 2\\, session B');
    expect(lines).toContain('UID:plan-w2-b-20270117@stride-atlas.example');
  });
});

describe('folding a content line', () => {
  it('leaves a line of exactly 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(line).toHaveLength(75);
    expect(foldLine(line)).toBe(line);
  });

  it('moves the 76th octet onto a continuation line that starts with a space', () => {
    expect(foldLine(`SUMMARY:${'x'.repeat(67)}yz`)).toBe(`SUMMARY:${'x'.repeat(67)}\r\n yz`);
  });

  it('counts the space of a continuation line towards its 75 octets', () => {
    const folded = foldLine('A'.repeat(75 + 74 + 3));
    expect(folded).toBe(`${'A'.repeat(75)}\r\n ${'A'.repeat(74)}\r\n ${'A'.repeat(3)}`);
  });
});

describe('dose messages', () => {
  const squatDose: Dose = { sets: 3, reps: '8-12', perSide: false, perWeek: '2' };
  const heavy: Dose = {
    sets: 3,
    reps: '3-5',
    percentMax: '80-85',
    repsInReserve: '2-3',
    perSide: false,
    perWeek: '2',
  };

  it('writes ranges with an en dash', () => {
    expect(doseProblems(item('squat', { sets: 3, reps: '10-15' }), squatDose)).toEqual([
      "10–15 reps goes above the exercise's 8–12",
    ]);
    expect(doseProblems(item('squat', { sets: 5, reps: '2-3' }), squatDose)).toEqual([
      "5 sets is more than 4 (the exercise's 3 plus one)",
      "2–3 reps starts below 4, half the low end of the exercise's 8–12",
    ]);
  });

  it('allows a %1RM exactly ten points under the page’s range', () => {
    expect(doseProblems(item('b', { sets: 3, reps: '5', percentMax: '70-85' }), heavy)).toEqual([]);
    expect(doseProblems(item('b', { sets: 3, reps: '5', percentMax: '69-80' }), heavy)).toEqual([
      "69–80% of 1RM is outside 70–85% (the exercise's 80–85%, up to 10 points lighter)",
    ]);
  });

  it('asks heavy work dosed only by reps in reserve to say how heavy', () => {
    const own: Dose = { sets: 3, reps: '5-8', repsInReserve: '2', perSide: false, perWeek: '2' };
    expect(doseProblems(item('b', { sets: 3, reps: '5' }), own)).toEqual([
      'heavy work must say how heavy: give "repsInReserve" or "percentMax"',
    ]);
    expect(doseProblems(item('b', { sets: 3, reps: '5', repsInReserve: '1-2' }), own)).toEqual([
      "1–2 reps in reserve goes closer to failure than the exercise's 2",
    ]);
    expect(doseProblems(item('b', { sets: 3, reps: '5', repsInReserve: '2' }), own)).toEqual([]);
  });

  it('asks heavy work dosed only by %1RM to say how heavy', () => {
    const own: Dose = { sets: 3, reps: '3-5', percentMax: '80-85', perSide: false, perWeek: '2' };
    expect(doseProblems(item('b', { sets: 3, reps: '5' }), own)).toEqual([
      'heavy work must say how heavy: give "repsInReserve" or "percentMax"',
    ]);
  });

  it('asks nothing more of light work', () => {
    expect(doseProblems(item('squat', { sets: 3, reps: '8' }), squatDose)).toEqual([]);
  });

  it('allows effort up to the page’s top and no further', () => {
    const hold: Dose = { sets: 3, seconds: '30', effort: '60-80', perSide: false, perWeek: '2' };
    expect(doseProblems(item('x', { sets: 3, seconds: '30', effort: '80' }), hold)).toEqual([]);
    expect(doseProblems(item('x', { sets: 3, seconds: '30', effort: '70-81' }), hold)).toEqual([
      "70–81% effort goes above the exercise's 60–80%",
    ]);
  });
});

describe('lighter weeks', () => {
  const squats = (n: number, sets: number, extra: Partial<Week> = {}) =>
    week(n, [[item('squat', { sets, reps: '10' })]], extra);

  it('names the lighter week that is too heavy and the week before it', () => {
    const plan = [squats(1, 3), squats(2, 3), squats(3, 3, { lighter: true })];
    expect(loadProblems(plan, { maxIncrease: 20, lighterAtMost: 70 }, () => false)).toEqual([
      {
        week: 3,
        problem: "a lighter week carries 30 reps (sets × reps), more than 70% of week 2's 30",
      },
    ]);
  });
});

describe('resolving programs: messages', () => {
  const squat = exercise('squat', ['quadriceps']);
  const plank = exercise('plank', ['core'], {
    kind: 'core-stability',
    dose: { sets: 3, seconds: '30-60', perSide: false, perWeek: '3' },
  });
  const mixed = exercise('step-down', ['core', 'quadriceps']);
  const lunge = exercise('lunge', ['quadriceps'], {
    dose: { sets: 3, reps: '8-12', perSide: true, perWeek: '2' },
    ladder: [
      { exercise: ref('squat'), here: false },
      { name: 'Split squat', here: false },
      { name: 'Lunge', here: true },
    ],
  });
  const press = exercise('press', ['core'], {
    equipment: ['barbell', 'dumbbell'],
    dose: { sets: 3, reps: '5-8', perSide: false, perWeek: '2' },
  });
  const swing = exercise('hip-swing', ['glutes'], {
    kind: 'mobility',
    dose: { sets: 2, reps: '10-15', perSide: true, perWeek: '3' },
  });
  const exercises = [squat, plank, mixed, lunge, press, swing];
  const index = (...programs: ProgramNode[]) => buildProgramIndex(programs, exercises);
  const one = (i: ProgramItem, slot: Week['sessions'][number]['slot'] = 'hard-day') =>
    program('p', { plan: [week(1, [[i]], { lighter: slot === 'race-week' }, slot)] });

  it('lists the named rungs of the ladder', () => {
    expect(() => index(one(item('lunge', { rung: 'Jump lunge', sets: 2, reps: '8' })))).toThrow(
      'content/programs/p.mdx: week 1, session A, exercise 1 ("lunge"): "Jump lunge" is not a rung of Lunge\'s ladder ("Split squat", "Lunge")',
    );
    const ok = index(one(item('lunge', { rung: 'Split squat', sets: 2, reps: '8' })));
    expect(ok.programs[0]?.weeks[0]?.sessions[0]?.rows[0]?.rung).toBe('Split squat');
  });

  it('lists the equipment on both sides', () => {
    const p = one(item('press', { sets: 2, reps: '5' }));
    p.data.equipment = ['band', 'step'];
    expect(() => index(p)).toThrow(
      'content/programs/p.mdx: week 1, session A, exercise 1 ("press"): Press needs one of barbell, dumbbell, and the program lists only band, step',
    );
  });

  it('joins several dose problems with semicolons', () => {
    expect(() => index(one(item('squat', { sets: 5, reps: '14' })))).toThrow(
      "content/programs/p.mdx: week 1, session A, exercise 1 (\"squat\"): dose not inside the exercise's own: 5 sets is more than 4 (the exercise's 3 plus one); 14 reps goes above the exercise's 8–12",
    );
  });

  it('counts reps in reserve in the program as heavy work', () => {
    expect(() =>
      index(one(item('squat', { sets: 2, reps: '8', repsInReserve: '2' }), 'easy-day')),
    ).toThrow(
      'content/programs/p.mdx: week 1, session A, exercise 1 ("squat"): heavy or jump work cannot go in a "easy-day" session (after an easy run); move it to a "hard-day" session',
    );
  });

  it('keeps leg strength work out of easy days, naming the slot in lower case', () => {
    expect(() => index(one(item('step-down', { sets: 2, reps: '8' }), 'easy-day'))).toThrow(
      'content/programs/p.mdx: week 1, session A, exercise 1 ("step-down"): leg strength work cannot go in a "easy-day" session (after an easy run); only light core, shin, ankle and mobility work can',
    );
  });

  it('lets leg mobility work into easy days', () => {
    const { programs } = index(one(item('hip-swing', { sets: 2, reps: '10' }), 'easy-day'));
    expect(programs[0]?.weeks[0]?.sessions[0]?.rows[0]?.exercise).toBe(swing);
  });

  it('lets light leg work into race week', () => {
    const { programs } = index(one(item('squat', { sets: 2, reps: '8' }), 'race-week'));
    expect(programs[0]?.weeks[0]?.sessions[0]?.slot).toBe('race-week');
    expect(programs[0]?.weeks[0]?.lighter).toBe(true);
  });

  it('wants a lighter week for any race-week session in it', () => {
    const w = week(1, [
      [item('plank', { sets: 2, seconds: '30' })],
      [item('plank', { sets: 2, seconds: '30' })],
    ]);
    const race = { ...w.sessions[1]!, slot: 'race-week' as const };
    const p = program('p', { plan: [{ ...w, sessions: [w.sessions[0]!, race] }] });
    expect(() => index(p)).toThrow(
      'content/programs/p.mdx: week 1: a "race-week" session belongs in a lighter week: mark it "lighter: true"',
    );
  });
});

describe('program schema issues', () => {
  const raw = (change: (p: Record<string, unknown>) => void) => {
    const p = structuredClone(program('p').data) as unknown as Record<string, unknown>;
    const plan = p['plan'] as { sessions: { exercises: Record<string, unknown>[] }[] }[];
    for (const w of plan)
      for (const s of w.sessions) for (const e of s.exercises) e['exercise'] = 'squat';
    change(p);
    const result = schemas.program.safeParse(p);
    return (result.error?.issues ?? []).map((i) => ({ path: i.path, message: i.message }));
  };
  const plan = (p: Record<string, unknown>) =>
    p['plan'] as { week: number; sessions: { name: string }[] }[];

  it('places each plan issue on its field', () => {
    expect(raw(() => undefined)).toEqual([]);
    expect(raw((p) => (p['weeks'] = 3))).toEqual([
      { path: ['plan'], message: '"weeks" is 3 but the plan lists 2 weeks' },
    ]);
    expect(raw((p) => (plan(p)[1]!.week = 5))).toEqual([
      {
        path: ['plan', 1, 'week'],
        message: 'week 2: numbered 5; number the weeks 1, 2, 3... in order',
      },
    ]);
    expect(raw((p) => (p['sessionsPerWeek'] = 2))).toEqual([
      {
        path: ['plan', 0, 'sessions'],
        message: 'week 1: 1 sessions, but "sessionsPerWeek" is 2',
      },
      {
        path: ['plan', 1, 'sessions'],
        message: 'week 2: 1 sessions, but "sessionsPerWeek" is 2',
      },
    ]);
  });

  it('wants each session of a week to have its own name', () => {
    const issues = raw((p) => {
      p['weeks'] = 1;
      p['sessionsPerWeek'] = 2;
      const first = plan(p)[0]!;
      first.sessions = [first.sessions[0]!, { ...first.sessions[0]! }];
      p['plan'] = [first];
    });
    expect(issues).toEqual([
      { path: ['plan', 0, 'sessions'], message: 'each session of a week needs its own name' },
    ]);
  });
});

describe('program filters', () => {
  const entry = (weeks: number) => ({
    entry: { data: { ...program('x').data, weeks } },
  });

  it('lists lengths shortest first, as numbers, each with its own programs', () => {
    const eight = entry(8);
    const two = entry(2);
    const twelve = entry(12);
    const weeks = programFacetValues([eight, two, twelve, entry(8)]).filter(
      (v) => v.facet === 'weeks',
    );
    expect(weeks.map((v) => [v.value, v.label, v.programs.length])).toEqual([
      ['2', '2 weeks', 1],
      ['8', '8 weeks', 2],
      ['12', '12 weeks', 1],
    ]);
    expect(weeks[0]?.programs[0]).toBe(two);
    expect(weeks[2]?.programs[0]).toBe(twelve);
  });
});

describe('where sessions go', () => {
  it('sorts the weeks before finding runs', () => {
    expect(weekRuns([3, 1, 2])).toBe('weeks 1–3');
    expect(weekRuns([10, 9, 2, 1])).toBe('weeks 1–2 and 9–10');
    expect(weekRuns([5])).toBe('week 5');
  });

  it('says "weeks" and nothing else for no weeks', () => {
    expect(weekRuns([])).toBe('weeks ');
  });

  it('orders groups by session name, then by their first week', () => {
    const placements = sessionPlacements([
      {
        week: 2,
        sessions: [
          { name: 'B', slot: 'hard-day' },
          { name: 'A', slot: 'hard-day' },
        ],
      },
      { week: 1, sessions: [{ name: 'A', slot: 'easy-day' }] },
      { week: 3, sessions: [{ name: 'A', slot: 'race-week' }] },
    ]);
    expect(placements).toEqual([
      { session: 'A', slot: 'easy-day', weeks: 'week 1' },
      { session: 'A', slot: 'hard-day', weeks: 'week 2' },
      { session: 'A', slot: 'race-week', weeks: 'week 3' },
      { session: 'B', slot: 'hard-day', weeks: 'week 2' },
    ]);
  });
});
