import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content';

/**
 * Heavy strength, isometrics and plyometrics, checked on the real content against tables this
 * file holds: which pages take which dose form, which ladders must link which pages, and
 * which pages owe the reader a full safety section.
 */
const { muscles, exercises } = loadContent();
const byId = new Map(exercises.map((e) => [e.id, e]));
const page = (id: string) => {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no exercise "${id}"`);
  return entry;
};
const high = (range: string) => Number(range.split('-').at(-1));

/** Heavy lifts: low reps, with how hard each set is. */
const HEAVY = ['back-squat', 'trap-bar-deadlift'];
/** Jumps and hops: foot contacts per session, never sets. */
const JUMPS = ['pogo-hops', 'single-leg-hops', 'bounding', 'drop-jump', 'a-skip'];
/** Isometric holds: seconds and an effort. */
const HOLDS = ['spanish-squat'];
/** Pages whose Safety section has who should wait, what to build first, and red flags. */
const FULL_SAFETY = [
  ...HEAVY,
  'nordic-hamstring-curl',
  'pogo-hops',
  'single-leg-hops',
  'bounding',
  'drop-jump',
  'hill-sprints',
];
/** [page, a page its ladder must link]: new pages join the ladders of the old ones, both ways. */
const LADDER_LINKS: [string, string][] = [
  ['squat', 'back-squat'],
  ['back-squat', 'squat'],
  ['deadlift', 'trap-bar-deadlift'],
  ['trap-bar-deadlift', 'deadlift'],
  ['deadlift', 'single-leg-romanian-deadlift'],
  ['single-leg-romanian-deadlift', 'deadlift'],
  ['hamstring-curl', 'nordic-hamstring-curl'],
  ['nordic-hamstring-curl', 'hamstring-curl'],
  ['jump-rope', 'pogo-hops'],
  ['pogo-hops', 'jump-rope'],
  ['jump-rope', 'single-leg-hops'],
  ['single-leg-hops', 'pogo-hops'],
  ['lunge', 'bulgarian-split-squat'],
  ['bulgarian-split-squat', 'lunge'],
  ['single-leg-squat-to-box', 'squat'],
  ['spanish-squat', 'back-squat'],
  ['drop-jump', 'pogo-hops'],
  ['bounding', 'a-skip'],
  ['a-skip', 'bounding'],
  ['hill-sprints', 'a-skip'],
];

describe('dose forms', () => {
  it.each(HEAVY)('%s is heavy: 6 reps or fewer, with reps in reserve', (id) => {
    const { dose } = page(id).data;
    expect(dose.reps).toBeDefined();
    expect(high(dose.reps ?? '')).toBeLessThanOrEqual(6);
    expect(dose.repsInReserve).toBeDefined();
  });

  it.each(JUMPS)('%s counts foot contacts per session', (id) => {
    const { dose, kind } = page(id).data;
    expect(kind).toBe('plyometric');
    expect(dose.contacts).toBeDefined();
    expect(dose.sets).toBeUndefined();
  });

  it.each(HOLDS)('%s is a timed hold with an effort, filed as strength', (id) => {
    const { dose, kind } = page(id).data;
    expect(kind).toBe('strength');
    expect(dose.seconds).toBeDefined();
    expect(dose.effort).toBeDefined();
  });

  it('grades every new dose that no trial tested directly', () => {
    for (const id of [...HEAVY, ...JUMPS, ...HOLDS, 'nordic-hamstring-curl', 'hill-sprints']) {
      expect(page(id).data.grades.dose?.level, id).toMatch(/^(limited|mixed)$/);
    }
  });
});

describe('ladders', () => {
  it.each(LADDER_LINKS)('%s links %s on its ladder', (from, to) => {
    const linked = page(from).data.ladder.flatMap((r) => (r.exercise ? [r.exercise.id] : []));
    expect(linked).toContain(to);
  });
});

describe('safety', () => {
  it.each(FULL_SAFETY)('%s says who should wait, what comes first and the red flags', (id) => {
    const body = page(id).body;
    const safety = body.slice(body.indexOf('## Safety\n'));
    expect(safety.startsWith('## Safety\n')).toBe(true);
    expect(safety).toContain('### Who should not start here yet');
    expect(safety).toMatch(/### Before you (start|load it)/);
    expect(safety).toContain('### Red flags');
  });

  it('every jump page that lands on hard ground shows the shared red flags', () => {
    for (const id of ['pogo-hops', 'single-leg-hops', 'bounding', 'drop-jump', 'a-skip']) {
      expect(page(id).body, id).toContain('<RedFlags />');
    }
  });
});

describe('evidence from footballers', () => {
  const TEAM_SPORT = /football|team sport/i;
  const pages = [...muscles, ...exercises];

  it('every paragraph citing the Nordic trials says who was studied', () => {
    const cited = pages.flatMap((p) =>
      p.body
        .split(/\n\s*\n/)
        .filter((para) => /<Cite id="(petersen-2011|van-dyk-2019)"/.test(para))
        .map((para) => ({ id: p.id, para })),
    );
    expect(cited.length).toBeGreaterThan(3);
    for (const { id, para } of cited) expect(para, id).toMatch(TEAM_SPORT);
  });
});
