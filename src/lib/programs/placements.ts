import type { SessionSlot } from '../training/schedule';

/** A run of weeks as words: "weeks 1–7", "week 8", "weeks 1–3 and 5–8". */
export function weekRuns(weeks: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const w of [...weeks].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && w === last[1] + 1) last[1] = w;
    else runs.push([w, w]);
  }
  const parts = runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const joined =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${weeks.length === 1 ? 'week' : 'weeks'} ${joined ?? ''}`;
}

export interface Placement {
  session: string;
  slot: SessionSlot;
  /** "weeks 1–7". */
  weeks: string;
}

/** Where each session goes in the running week, grouped by session and slot, in plan order. */
export function sessionPlacements(
  weeks: readonly { week: number; sessions: readonly { name: string; slot: SessionSlot }[] }[],
): Placement[] {
  const groups = new Map<string, { session: string; slot: SessionSlot; weeks: number[] }>();
  for (const week of weeks) {
    for (const s of week.sessions) {
      const key = `${s.name}|${s.slot}`;
      const group = groups.get(key) ?? { session: s.name, slot: s.slot, weeks: [] };
      group.weeks.push(week.week);
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.session.localeCompare(b.session) || (a.weeks[0] ?? 0) - (b.weeks[0] ?? 0))
    .map((g) => ({ session: g.session, slot: g.slot, weeks: weekRuns(g.weeks) }));
}
