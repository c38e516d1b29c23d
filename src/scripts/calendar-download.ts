import { buildCalendar, type CalendarSession } from '../lib/programs/ics';

/** The plan as the page shows it: weeks, sessions, and each row's exercise and dose. */
function readSessions(): CalendarSession[] {
  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return [...document.querySelectorAll<HTMLElement>('.program-week')].flatMap((week) =>
    [...week.querySelectorAll<HTMLElement>('.program-session')].map((session) => ({
      week: Number(week.dataset['week']),
      name: session.dataset['session'] ?? '',
      slot: text(session.querySelector('.slot')),
      lines: [...session.querySelectorAll('tbody tr')].map((row) => {
        const rung = text(row.querySelector('.rung')).replace(/^: /, '');
        const name = text(row.querySelector('.ex a'));
        return `${name}${rung ? ` (${rung})` : ''}: ${text(row.querySelector('.dose'))}`;
      }),
    })),
  );
}

/** Builds the .ics from the form's choices and hands it to the browser as a download. */
export function downloadCalendar(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[role="status"]');
  const data = new FormData(form);
  const { programId = '', programName = '', minutes, weeks, sessions } = form.dataset;
  const days = data.getAll('day').map(Number);
  const perWeek = Number(sessions);
  if (days.length !== perWeek) {
    if (status) {
      status.textContent = `Pick ${perWeek} training day${perWeek === 1 ? '' : 's'}: you picked ${days.length}.`;
    }
    return;
  }
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const file = buildCalendar(
    {
      id: programId,
      name: programName,
      url: canonical ?? location.href.replace(/#.*$/, ''),
      minutes: Number(minutes),
      weeks: Number(weeks),
      sessionsPerWeek: perWeek,
      sessions: readSessions(),
    },
    { start: String(data.get('start')), days },
    new Date(),
  );
  const href = URL.createObjectURL(new Blob([file], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = `${programId}.ics`;
  link.click();
  // The browser has taken the file by the next task; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(href), 0);
  if (status) status.textContent = `Calendar file ready: ${Number(weeks) * perWeek} sessions.`;
}
