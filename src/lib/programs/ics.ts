/**
 * An iCalendar file (RFC 5545) of a program: one all-day event per session, on the days the
 * reader trains. Runs in the browser, loaded only when the reader asks for the file, so it
 * is kept small and depends on nothing.
 */

/** One session of the plan, as the page shows it. */
export interface CalendarSession {
  week: number;
  /** "A". */
  name: string;
  /** Where it goes in the running week, e.g. "On a hard-run day, after the run". */
  slot: string;
  /** "Squat: 3 × 8–10 reps", one per exercise. */
  lines: string[];
}

export interface CalendarProgram {
  /** The program's id, part of every event's UID. */
  id: string;
  name: string;
  /** Absolute URL of the program page. */
  url: string;
  minutes: number;
  weeks: number;
  sessionsPerWeek: number;
  /** Every session in plan order: week 1's sessions first. */
  sessions: CalendarSession[];
}

export interface CalendarChoice {
  /** The first day of week 1, "YYYY-MM-DD". */
  start: string;
  /** Training days as ISO weekdays, 1 (Monday) to 7 (Sunday); one per session of a week. */
  days: number[];
}

const DAY = 86_400_000;

/** Midnight UTC of a "YYYY-MM-DD" date, so that adding days never meets a clock change. */
function parseDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a date like 2027-01-04`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** ISO weekday of a UTC midnight: 1 is Monday, 7 is Sunday. */
const isoWeekday = (time: number) => new Date(time).getUTCDay() || 7;

const basicDate = (time: number) => new Date(time).toISOString().slice(0, 10).replace(/-/g, '');

/**
 * The date of every session: week n runs for seven days from the start date plus 7(n - 1)
 * days, and its sessions take that window's training days in order.
 */
export function sessionDates(program: CalendarProgram, choice: CalendarChoice): number[] {
  const days = new Set(choice.days);
  if (days.size !== program.sessionsPerWeek || choice.days.some((d) => d < 1 || d > 7)) {
    throw new Error(`pick ${program.sessionsPerWeek} different training days`);
  }
  const start = parseDate(choice.start);
  return program.sessions.map((session) => {
    const window = Array.from({ length: 7 }, (_, i) => start + ((session.week - 1) * 7 + i) * DAY);
    const training = window.filter((time) => days.has(isoWeekday(time)));
    const index = program.sessions
      .filter((s) => s.week === session.week)
      .findIndex((s) => s === session);
    const date = training[index];
    if (date === undefined) throw new Error(`week ${session.week} has more sessions than days`);
    return date;
  });
}

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line exceeds 75 octets, continuing with CRLF and one
 * space (RFC 5545, 3.1), and never splitting a multi-byte character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The whole file, lines joined with CRLF. `stamp` is when it was made (DTSTAMP). */
export function buildCalendar(
  program: CalendarProgram,
  choice: CalendarChoice,
  stamp: Date,
): string {
  const dates = sessionDates(program, choice);
  const host = new URL(program.url).host;
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stride Atlas//Programs//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  program.sessions.forEach((session, i) => {
    const date = dates[i] ?? 0;
    const link = `${program.url}#week-${session.week}`;
    const description = [
      `Week ${session.week} of ${program.weeks}, session ${session.name}: ${session.slot.toLowerCase()}.`,
      ...session.lines,
      `About ${program.minutes} minutes.`,
      link,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${program.id}-w${session.week}-${session.name.toLowerCase()}-${basicDate(date)}@${host}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(date)}`,
      `DTEND;VALUE=DATE:${basicDate(date + DAY)}`,
      `SUMMARY:${escapeText(`${program.name}: week ${session.week}, session ${session.name}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${link}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
