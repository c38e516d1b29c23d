import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { frontmatter, sourceIds, type ExerciseMatter, type MuscleMatter } from './content';
import { dist } from './dist-files';
import { expect, test } from './fixtures';

/**
 * What the Pagefind index holds, read through Pagefind's own API in the browser and checked
 * against truth written here: the kinds of page a reader can find, how many of each, and the
 * weights that put a page's name and aliases above a passing mention elsewhere.
 */
const muscles = frontmatter<MuscleMatter>('muscles');
const exercises = frontmatter<ExerciseMatter>('exercises');

/**
 * The indexed kinds, each with the pages (or entries) it must hold. Home, the browse lists, the stride view,
 * search and 404 are ways to reach content, not content, and stay out. A new kind of indexed
 * page is added here on purpose.
 */
const INDEXED: Record<string, string[]> = {
  exercise: exercises.map((e) => `/exercises/${e.id}/`),
  muscle: muscles.map((m) => `/muscles/${m.id}/`),
  guide: ['/guide/'],
  // Each source is its own result, landing on its entry on the sources page.
  source: sourceIds().map((id) => `/sources/#${id}`),
};

interface Hit {
  url: string;
  weights: number[];
}

/** Runs queries against the real index: each query's results with their match weights. */
async function query(page: Page, queries: string[]): Promise<Record<string, Hit[]>> {
  await page.goto('/search/');
  return page.evaluate(async (qs) => {
    const pagefind = (await import(
      /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
    )) as {
      search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    };
    const out: Record<string, { url: string; weights: number[] }[]> = {};
    for (const q of qs) {
      const { results } = await pagefind.search(q);
      out[q] = await Promise.all(
        results.map(async (r) => {
          const d = (await r.data()) as { url: string; weighted_locations: { weight: number }[] };
          return { url: d.url, weights: d.weighted_locations.map((l) => l.weight) };
        }),
      );
    }
    return out;
  }, queries);
}

test('the index holds exactly the exercise, muscle, guide and source results, and nothing else', async ({
  page,
}) => {
  await page.goto('/search/');
  const indexed = await page.evaluate(async (kinds) => {
    const pagefind = (await import(
      /* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`
    )) as {
      filters: () => Promise<Record<string, Record<string, number>>>;
      search: (
        q: null,
        o: { filters: Record<string, string> },
      ) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    };
    const counts = (await pagefind.filters())['type'] ?? {};
    const urls: Record<string, string[]> = {};
    for (const kind of kinds) {
      const { results } = await pagefind.search(null, { filters: { type: kind } });
      urls[kind] = (await Promise.all(results.map((r) => r.data()))).map((d) => d.url).sort();
    }
    return { counts, urls };
  }, Object.keys(INDEXED));

  const expectedCounts = Object.fromEntries(
    Object.entries(INDEXED).map(([kind, paths]) => [kind, paths.length]),
  );
  expect(indexed.counts).toEqual(expectedCounts);
  for (const [kind, paths] of Object.entries(INDEXED)) {
    expect(indexed.urls[kind], kind).toEqual([...paths].sort());
  }
  // Pages without a type (home, browse lists, 404) would not show in the filter counts, but
  // they would in the language's page count.
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const total = Object.values(INDEXED).reduce((n, paths) => n + paths.length, 0);
  expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([total]);
});

test('a query only an alias answers finds its page first', async ({ page }) => {
  // None of these words is in the page's title or prose: only its alias list has it.
  const cases = { hammies: '/muscles/hamstrings/', gluteals: '/muscles/glutes/' };
  const results = await query(page, Object.keys(cases));
  for (const [q, path] of Object.entries(cases)) {
    expect(results[q]?.[0]?.url, q).toBe(path);
    // And the alias is where it matched, at the alias weight.
    expect(new Set(results[q]?.[0]?.weights), q).toEqual(new Set([8]));
  }
});

test('titles and aliases rank with their weights: 10 for the name, 8 for an alias', async ({
  page,
}) => {
  // Pagefind weighs an h1 at 7 by itself, so a lost title weight moves few rankings; the
  // weights it reports on each match show whether the page's name and aliases carry theirs.
  const entries = [
    ...exercises.map((e) => ({ path: `/exercises/${e.id}/`, ...e.data })),
    ...muscles.map((m) => ({ path: `/muscles/${m.id}/`, ...m.data })),
  ];
  const withAlias = entries.filter((e) => (e.aliases ?? []).length > 0);
  expect(withAlias.length).toBeGreaterThan(entries.length / 2);
  const results = await query(page, [
    ...entries.map((e) => e.name),
    ...withAlias.map((e) => e.aliases?.at(-1) ?? ''),
  ]);
  for (const e of entries) {
    const hit = results[e.name]?.find((h) => h.url === e.path);
    expect(hit?.weights, `"${e.name}" on ${e.path}`).toContain(10);
  }
  for (const e of withAlias) {
    const alias = e.aliases?.at(-1) ?? '';
    const hit = results[alias]?.find((h) => h.url === e.path);
    expect(hit?.weights, `"${alias}" on ${e.path}`).toContain(8);
  }
});
