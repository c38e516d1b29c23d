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
  program: frontmatter('programs').map((p) => `/programs/${p.id}/`),
  complaint: frontmatter('complaints').map((c) => `/complaints/${c.id}/`),
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

test('the index holds exactly the exercise, muscle, guide, program, complaint and source results, and nothing else', async ({
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

test('a query only an alias answers finds its page first, through the search page', async ({
  page,
}) => {
  // None of these is a page's title. The first group are exact aliases, which the client's
  // name match (src/scripts/search/rank.ts) lifts to the top. The second are not exactly any
  // name, so only Pagefind's weight on the aliases field ranks them; with that weight at 1
  // instead of 4 each went to the page in the comment (measured over 1,005 such queries).
  const cases = {
    hammies: '/muscles/hamstrings/',
    gluteals: '/muscles/glutes/',
    'shin splints': '/complaints/shin-pain/',
    'pulled groin': '/complaints/groin-strain/',
    'SL RDL exercise': '/exercises/single-leg-romanian-deadlift/', // deadlift
    'soleus stretch exercise': '/exercises/calf-stretch/', // calves
    'bent-knee raise exercise': '/exercises/seated-soleus-raise/', // leg raise
    'ankle jumps exercise': '/exercises/pogo-hops/', // jump rope
    'adductor isometric exercise': '/exercises/adductor-squeeze/', // hip adductors
    'arm and leg raise': '/exercises/bird-dog/', // dead bug
  };
  for (const [q, path] of Object.entries(cases)) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('.search-results > li > a').first();
    await expect(first, q).toHaveAttribute('href', new RegExp(`^${path}`));
  }
});

test('every page name matches at the title weight (10)', async ({ page }) => {
  const entries = [
    ...exercises.map((e) => ({ path: `/exercises/${e.id}/`, ...e.data })),
    ...muscles.map((m) => ({ path: `/muscles/${m.id}/`, ...m.data })),
  ];
  const results = await query(
    page,
    entries.map((e) => e.name),
  );
  for (const e of entries) {
    const hit = results[e.name]?.find((h) => h.url === e.path);
    expect(hit?.weights, `"${e.name}" on ${e.path}`).toContain(10);
  }
});
