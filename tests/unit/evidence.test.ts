import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROM_SOURCES } from '../../src/lib/figure/pose/range-of-motion';
import { loadContent, sources } from './load-content';

/**
 * The evidence rules, checked on the real content. Truth comes from the frontmatter and the
 * bibliography files themselves, not from src/lib, so a bug there cannot hide a bad page.
 */
const root = join(import.meta.dirname, '..', '..');
const { muscles, exercises, guides, complaints, programs } = loadContent();
const guide = guides[0];
const known = new Set(sources.map((s) => s.id));

const CITE = /<Cite\s+id="([^"]*)"\s*\/>/g;
/** Components that cite by themselves, and the ids the test expects them to cite. */
const SCHEDULE_IDS = ['doma-2013'];
const citesIn = (text: string) => [
  ...[...text.matchAll(CITE)].map((m) => m[1] ?? ''),
  ...(text.includes('<StrengthSchedule') ? SCHEDULE_IDS : []),
];

/** The text of one "## Heading" section of an MDX body, up to the next "## ". */
function section(body: string, heading: string): string {
  const start = body.indexOf(`## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const next = body.indexOf('\n## ', start + 3);
  return body.slice(start, next === -1 ? undefined : next);
}

/** Every source id a complaint's frontmatter cites: red flags, exercises, avoid lines, page sources. */
const complaintIds = (c: (typeof complaints)[number]) => [
  ...c.data.sources,
  ...c.data.redFlags.flatMap((f) => f.sources ?? []),
  ...c.data.exercises.flatMap((e) => e.sources),
  ...c.data.avoid.flatMap((a) => a.sources ?? []),
];
const frontmatterIds = [
  ...muscles.flatMap((m) => Object.values(m.data.sources).flat()),
  ...exercises.flatMap((e) => e.data.sources.dose),
  ...complaints.flatMap(complaintIds),
  ...programs.flatMap((p) => [...p.data.sources.structure, ...p.data.sources.progression]),
];
// Every program page shows the scheduling model, which cites by itself.
const bodyIds = [
  ...[...muscles, ...exercises, ...guides, ...complaints, ...programs].flatMap((e) =>
    citesIn(e.body),
  ),
  ...(programs.length > 0 ? SCHEDULE_IDS : []),
];

describe('the bibliography', () => {
  const shared = join(root, '..', 'shared', 'evidence', 'sources.yaml');
  it.runIf(existsSync(shared))(
    'content/sources.yaml is still a verbatim copy of the shared file',
    () => {
      expect(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8')).toBe(
        readFileSync(shared, 'utf8'),
      );
    },
  );

  it('holds the 39 shared sources and the 41 the site added, each once', () => {
    const count = (file: string) =>
      (parse(readFileSync(join(root, 'content', file), 'utf8')) as unknown[]).length;
    expect(count('sources.yaml')).toBe(39);
    expect(count('sources-added.yaml')).toBe(41);
    expect(known.size).toBe(80);
  });

  it('every cited id exists', () => {
    const unknown = [...frontmatterIds, ...bodyIds].filter((id) => !known.has(id));
    expect(unknown).toEqual([]);
  });

  it('every source is cited somewhere or listed as background, never both', () => {
    const cited = new Set([...frontmatterIds, ...bodyIds]);
    for (const s of sources) {
      const background = typeof s['background'] === 'string';
      expect(
        cited.has(s.id) !== background,
        `${s.id}: cited=${cited.has(s.id)} background=${background}`,
      ).toBe(true);
    }
  });

  it('the range-of-motion table draws only on listed background sources', () => {
    // No page cites them, so each must be in the bibliography and say why it is listed.
    for (const id of ROM_SOURCES) {
      const entry = sources.find((s) => s.id === id);
      expect(entry, id).toBeDefined();
      expect(typeof entry?.['background'], `${id} background`).toBe('string');
    }
  });

  it('every source has a one-sentence summary in our words', () => {
    for (const s of sources) {
      const says = String(s['says'] ?? '');
      expect(says.length, s.id).toBeGreaterThan(20);
      expect(says.split(/[.!?]\s/).length, `${s.id} says one sentence`).toBe(1);
      expect(String(s['finding']).includes(says.slice(0, 40)), `${s.id} copies the finding`).toBe(
        false,
      );
    }
  });
});

describe('every page cites its claims', () => {
  it.each(muscles.map((m) => [m.id, m] as const))(
    'muscle %s: each stride role, speed and prose',
    (_, m) => {
      for (const { phase } of m.data.stride.phases) {
        expect(m.data.sources[phase]?.length ?? 0, `${m.id} sources.${phase}`).toBeGreaterThan(0);
      }
      expect(m.data.sources.speed?.length ?? 0).toBeGreaterThan(0);
      const phases = new Set<string>(m.data.stride.phases.map((p) => p.phase));
      for (const key of Object.keys(m.data.sources)) {
        expect(
          key === 'speed' || phases.has(key),
          `${m.id} sources.${key} names no listed phase`,
        ).toBe(true);
      }
      expect(citesIn(section(m.body, 'What it does in the stride')).length).toBeGreaterThan(0);
      expect(citesIn(section(m.body, 'Why strength here makes you faster')).length).toBeGreaterThan(
        0,
      );
    },
  );

  it.each(exercises.map((e) => [e.id, e] as const))(
    'exercise %s: why runners do it, and its dose',
    (_, e) => {
      expect(e.data.sources.dose.length).toBeGreaterThan(0);
      expect(citesIn(section(e.body, 'Why runners do it')).length).toBeGreaterThan(0);
    },
  );

  it('the guide cites every subsection about performance and injury', () => {
    const why = section(guide?.body ?? '', 'Why strength makes you faster');
    const parts = why.split('\n### ').slice(1);
    expect(parts.length).toBe(5);
    for (const part of parts) expect(citesIn(part).length, part.slice(0, 40)).toBeGreaterThan(0);
    for (const heading of ['Putting it into a week', 'Warm up and cool down']) {
      expect(citesIn(section(guide?.body ?? '', heading)).length, heading).toBeGreaterThan(0);
    }
  });

  it.each(complaints.map((c) => [c.id, c] as const))(
    'complaint %s: what it feels like, why it happens, and what helps with its evidence cited',
    (_, c) => {
      section(c.body, 'What it usually feels like');
      section(c.body, 'Why it happens');
      expect(citesIn(section(c.body, 'What helps')).length).toBeGreaterThan(0);
    },
  );

  it('grades are only "mixed" or "limited", each with a reason', () => {
    for (const e of [...muscles, ...exercises, ...guides, ...complaints, ...programs]) {
      for (const m of e.body.matchAll(/<Grade\s+level="([^"]*)"\s*(\/?)>/g)) {
        expect(['mixed', 'limited'], e.id).toContain(m[1]);
        expect(m[2], `${e.id}: a grade needs a reason`).toBe('');
      }
    }
  });
});

describe('advice agrees with itself', () => {
  const bodies = [...muscles, ...exercises, ...guides, ...complaints];
  const range = (r: string) => r.split('-').map(Number) as [number, number?];

  it.each(exercises.filter((e) => e.data.kind === 'stretch').map((e) => [e.id, e] as const))(
    'the %s hold time is the same wherever it is given',
    (id, stretch) => {
      const [low, high = low] = range(stretch.data.dose.seconds ?? '');
      const places = bodies.flatMap((page) =>
        page.body
          .split(/\n\n/)
          .filter((p) => p.includes(`id="${id}"`) || page.id === id)
          .flatMap((p) => [...p.matchAll(/(\d+)(?: to |-)(\d+) seconds|about (\d+) seconds/g)])
          .map((m) => ({ page: page.id, text: m[0] })),
      );
      expect(places.length, `${id} hold time is mentioned somewhere`).toBeGreaterThan(0);
      for (const { page, text } of places) {
        expect(text, `${page} gives ${id} a different hold`).toBe(`${low} to ${high} seconds`);
      }
    },
  );

  it.each(exercises.map((e) => [e.id, e] as const))(
    '%s: "move up" numbers sit inside its dose',
    (_, e) => {
      const ladder = section(e.body, 'Progress and regress');
      const [low, high = low] = range(e.data.dose.reps ?? e.data.dose.seconds ?? '');
      // Only the sentences that say when to move up a rung, not starting doses of other rungs.
      const moveUp = ladder
        .split(/(?<=\.)\s/)
        .filter((s) => /\b(once|when|move up|until)\b/i.test(s));
      for (const m of moveUp.join(' ').matchAll(/(\d+) (?:[a-z]+ )?sets of (\d+)/g)) {
        expect(Number(m[1]), m[0]).toBe(e.data.dose.sets);
        expect(Number(m[2]), m[0]).toBeGreaterThanOrEqual(low);
        expect(Number(m[2]), m[0]).toBeLessThanOrEqual(high);
      }
    },
  );

  it("the guide's starter set holds only beginner exercises", () => {
    const levels = new Map(exercises.map((e) => [e.id, e.data.level]));
    const set = (guide?.data.starterSet ?? []).map((r) => r.id);
    expect(set.length).toBeGreaterThanOrEqual(8);
    for (const id of set) expect(levels.get(id), id).toBe('beginner');
  });

  it('the squat page does not claim a bodyweight squat out-loads running', () => {
    const squat = exercises.find((e) => e.id === 'squat');
    expect(squat?.body).not.toMatch(/more load than running/);
  });
});
