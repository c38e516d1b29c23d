import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  escapeText,
  foldLine,
  type CalendarProgram,
} from '../../src/lib/programs/ics';

/** A two-week, two-session plan; the dates below are worked out by hand from a calendar. */
const program: CalendarProgram = {
  id: 'test-plan',
  name: 'Strength, test; plan',
  url: 'https://stride-atlas.example/programs/test-plan/',
  minutes: 30,
  weeks: 2,
  sessionsPerWeek: 2,
  sessions: [1, 2].flatMap((week) =>
    ['A', 'B'].map((name) => ({
      week,
      name,
      slot: 'On a hard-run day, after the run',
      lines: [
        `Squat (Goblet squat): 3 × 8–10 reps, 2–3 reps in reserve`,
        `Lunge: 2 × ${6 + week} reps each side`,
      ],
    })),
  ),
};
const stamp = new Date('2026-11-26T10:20:30.456Z');
// 6 January 2027 is a Wednesday; Tuesday (2) and Thursday (4) are the training days.
const choice = { start: '2027-01-06', days: [4, 2] };

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('the calendar file', () => {
  const text = buildCalendar(program, choice, stamp);
  const parsed = events(text);

  it('has one event per session, in plan order, on the chosen days', () => {
    expect(parsed).toHaveLength(4);
    expect(parsed.map((e) => e.startDate.toString())).toEqual([
      '2027-01-07', // Thursday, week 1, session A
      '2027-01-12', // Tuesday, week 1, session B (the week runs Wednesday to Tuesday)
      '2027-01-14',
      '2027-01-19',
    ]);
    for (const e of parsed) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect([2, 4]).toContain(e.startDate.dayOfWeek(ICAL.Time.MONDAY));
    }
    expect(parsed.map((e) => e.summary)).toEqual([
      'Strength, test; plan: week 1, session A',
      'Strength, test; plan: week 1, session B',
      'Strength, test; plan: week 2, session A',
      'Strength, test; plan: week 2, session B',
    ]);
  });

  it('puts the exercises, doses and a link back in each event', () => {
    const [first] = parsed;
    expect(first?.description).toBe(
      [
        'Week 1 of 2, session A: on a hard-run day, after the run.',
        'Squat (Goblet squat): 3 × 8–10 reps, 2–3 reps in reserve',
        'Lunge: 2 × 7 reps each side',
        'About 30 minutes.',
        'https://stride-atlas.example/programs/test-plan/#week-1',
      ].join('\n'),
    );
    expect(first?.component.getFirstPropertyValue('url')).toBe(
      'https://stride-atlas.example/programs/test-plan/#week-1',
    );
  });

  it('gives every event a unique UID and a UTC DTSTAMP', () => {
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(4);
    expect(uids[0]).toBe('test-plan-w1-a-20270107@stride-atlas.example');
    expect(text).toContain('\r\nDTSTAMP:20261126T102030Z\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // The descriptions are long, so some lines were folded, each continuation starting with a space.
    const continued = lines.filter((l) => l.startsWith(' '));
    expect(continued.length).toBeGreaterThan(4);
  });
});

describe('the RFC 5545 pieces', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}×–`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    // Unfolding (drop CRLF and one space) gives the line back, characters intact.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(parts[0]).toBe(`DESCRIPTION:${'é'.repeat(31)}`);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('refuses a number of days that does not match the sessions', () => {
    expect(() => buildCalendar(program, { ...choice, days: [2] }, stamp)).toThrow(
      'pick 2 different training days',
    );
    expect(() => buildCalendar(program, { ...choice, days: [2, 2] }, stamp)).toThrow();
    expect(() => buildCalendar(program, { ...choice, start: '6 Jan' }, stamp)).toThrow();
  });
});
