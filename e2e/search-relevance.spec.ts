import { expect, test, type Page } from '@playwright/test';
import { frontmatter } from './content';
import { eachOf, slices } from './sweep';

/**
 * Relevance, run against the real Pagefind index through the real search page. Each query
 * names the page that must come first, or within the top three. When one fails, fix the
 * content or the weights, never the query.
 */
const cases: { query: string; expect: string; within: 1 | 3; filters?: string }[] = [
  { query: 'squat', expect: '/exercises/squat/', within: 1 },
  { query: 'squats', expect: '/exercises/squat/', within: 1 },
  { query: 'hip thrust', expect: '/exercises/hip-thrust/', within: 1 },
  { query: 'lunges', expect: '/exercises/lunge/', within: 1 },
  { query: 'plank', expect: '/exercises/plank/', within: 1 },
  { query: 'glute bridge', expect: '/exercises/glute-bridge/', within: 1 },
  { query: 'hamstring curl', expect: '/exercises/hamstring-curl/', within: 1 },
  { query: 'mountain climbers', expect: '/exercises/mountain-climber/', within: 1 },
  { query: 'quads', expect: '/muscles/quadriceps/', within: 1 },
  { query: 'glutes', expect: '/muscles/glutes/', within: 1 },
  { query: 'butt', expect: '/muscles/glutes/', within: 1 },
  { query: 'abs', expect: '/muscles/core/', within: 1 },
  { query: 'RDL', expect: '/exercises/deadlift/', within: 1 },
  { query: 'heel raise', expect: '/exercises/calf-raise/', within: 1 },
  { query: 'toe raise', expect: '/exercises/tibialis-raise/', within: 1 },
  { query: 'skipping', expect: '/exercises/jump-rope/', within: 1 },
  { query: 'knee to wall', expect: '/exercises/ankle-mobility-drill/', within: 1 },
  { query: 'monster walk', expect: '/exercises/lateral-band-walk/', within: 1 },
  { query: 'back of thigh', expect: '/muscles/hamstrings/', within: 1 },
  // "Shin pain" now has its own complaint page, which ranks first on its title; the muscle
  // group runners call "shins" comes second.
  { query: 'shins', expect: '/muscles/ankle-dorsiflexors/', within: 3 },
  { query: 'shins', expect: '/complaints/shin-pain/', within: 3 },
  { query: 'shin', expect: '/muscles/ankle-dorsiflexors/', within: 3 },
  { query: 'psoas', expect: '/muscles/hip-flexors/', within: 3 },
  // Uphill, the extra work is done mostly at the hip (roberts-2005), so the glutes answer it.
  { query: 'uphill', expect: '/muscles/glutes/', within: 3 },
  { query: 'push off', expect: '/muscles/calves/', within: 3 },
  { query: 'stride length', expect: '/muscles/hip-flexors/', within: 3 },
  { query: 'shock absorption', expect: '/muscles/calves/', within: 3 },
  { query: 'shin splints', expect: '/complaints/shin-pain/', within: 1 },
  { query: "runner's knee", expect: '/complaints/runners-knee/', within: 1 },
  { query: 'IT band', expect: '/complaints/iliotibial-band-pain/', within: 1 },
  { query: 'achilles', expect: '/complaints/achilles-tendinopathy/', within: 1 },
  { query: 'plantar', expect: '/complaints/plantar-heel-pain/', within: 1 },
  { query: 'plantar fasciitis', expect: '/complaints/plantar-heel-pain/', within: 1 },
  { query: 'groin', expect: '/complaints/groin-strain/', within: 3 },
  { query: 'pulled hamstring', expect: '/complaints/hamstring-strain/', within: 1 },
  { query: 'sitting bone pain', expect: '/complaints/high-hamstring-tendinopathy/', within: 1 },
  { query: 'dead bug', expect: '/exercises/dead-bug/', within: 1 },
  { query: 'bird dog', expect: '/exercises/bird-dog/', within: 1 },
  { query: 'pallof', expect: '/exercises/pallof-press/', within: 1 },
  { query: 'banded march', expect: '/exercises/banded-hip-flexor-march/', within: 1 },
  { query: 'strengthen legs run faster', expect: '/guide/', within: 1 },
  { query: 'warm up', expect: '/guide/', within: 3 },
  { query: 'adductors', expect: '/muscles/hip-adductors/', within: 1 },
  { query: 'inner thigh', expect: '/muscles/hip-adductors/', within: 3 },
  { query: 'groin muscles', expect: '/muscles/hip-adductors/', within: 3 },
  { query: 'copenhagen', expect: '/exercises/copenhagen-adduction/', within: 1 },
  { query: 'ball squeeze', expect: '/exercises/adductor-squeeze/', within: 1 },
  { query: 'clamshell', expect: '/exercises/side-lying-hip-abduction/', within: 1 },
  { query: 'side plank', expect: '/exercises/side-plank/', within: 1 },
  { query: 'foot muscles', expect: '/muscles/foot-ankle-stabilisers/', within: 1 },
  { query: 'peroneals', expect: '/muscles/foot-ankle-stabilisers/', within: 1 },
  { query: 'tibialis posterior', expect: '/muscles/foot-ankle-stabilisers/', within: 3 },
  { query: 'arch', expect: '/muscles/foot-ankle-stabilisers/', within: 3 },
  { query: 'short foot', expect: '/exercises/short-foot/', within: 1 },
  { query: 'toe yoga', expect: '/exercises/toe-yoga/', within: 1 },
  { query: 'soleus raise', expect: '/exercises/seated-soleus-raise/', within: 1 },
  { query: 'seated calf raise', expect: '/exercises/seated-soleus-raise/', within: 1 },
  { query: 'heel drop', expect: '/exercises/eccentric-heel-drop/', within: 1 },
  { query: 'Alfredson', expect: '/exercises/eccentric-heel-drop/', within: 3 },
  { query: 'single leg balance', expect: '/exercises/single-leg-balance-reach/', within: 1 },
  { query: 'back squat', expect: '/exercises/back-squat/', within: 1 },
  { query: 'barbell squat', expect: '/exercises/back-squat/', within: 1 },
  { query: 'trap bar', expect: '/exercises/trap-bar-deadlift/', within: 1 },
  { query: 'hex bar deadlift', expect: '/exercises/trap-bar-deadlift/', within: 1 },
  { query: 'bulgarian split squat', expect: '/exercises/bulgarian-split-squat/', within: 1 },
  { query: 'rear foot elevated', expect: '/exercises/bulgarian-split-squat/', within: 1 },
  { query: 'single leg deadlift', expect: '/exercises/single-leg-romanian-deadlift/', within: 1 },
  { query: 'single leg squat', expect: '/exercises/single-leg-squat-to-box/', within: 1 },
  { query: 'nordic curl', expect: '/exercises/nordic-hamstring-curl/', within: 1 },
  { query: 'nordics', expect: '/exercises/nordic-hamstring-curl/', within: 1 },
  { query: 'spanish squat', expect: '/exercises/spanish-squat/', within: 1 },
  { query: 'wall sit', expect: '/exercises/spanish-squat/', within: 1 },
  { query: 'pogo', expect: '/exercises/pogo-hops/', within: 1 },
  { query: 'bounding', expect: '/exercises/bounding/', within: 1 },
  { query: 'depth jump', expect: '/exercises/drop-jump/', within: 1 },
  { query: 'box jump', expect: '/exercises/drop-jump/', within: 1 },
  { query: 'A-skip', expect: '/exercises/a-skip/', within: 1 },
  { query: 'hill sprints', expect: '/exercises/hill-sprints/', within: 1 },
  { query: 'single leg hops', expect: '/exercises/single-leg-hops/', within: 1 },
  { query: 'hopping', expect: '/exercises/single-leg-hops/', within: 3 },
  {
    query: 'plyometric',
    expect: '/exercises/pogo-hops/',
    within: 3,
    filters: 'level=intermediate',
  },
  { query: 'calves', expect: '/exercises/calf-raise/', within: 3, filters: 'equipment=none' },
  { query: 'hamstring', expect: '/exercises/hamstring-curl/', within: 1, filters: 'kind=strength' },

  // Naming a muscle group opens the group, not the exercises named after it.
  { query: 'hamstring', expect: '/muscles/hamstrings/', within: 1 },
  { query: 'hamstrings', expect: '/muscles/hamstrings/', within: 1 },
  { query: 'calf', expect: '/muscles/calves/', within: 1 },
  { query: 'calves', expect: '/muscles/calves/', within: 1 },
  { query: 'glute', expect: '/muscles/glutes/', within: 1 },
  { query: 'quadriceps', expect: '/muscles/quadriceps/', within: 1 },
  { query: 'core', expect: '/muscles/core/', within: 1 },
  { query: 'hip flexors', expect: '/muscles/hip-flexors/', within: 1 },

  // Complaints, goals and plain words: each entry's searchTerms. A complaint word opens its
  // complaint page first (above); the muscle group it involves stays in the top three.
  { query: 'shin splints', expect: '/muscles/ankle-dorsiflexors/', within: 3 },
  { query: 'sore shins', expect: '/muscles/ankle-dorsiflexors/', within: 1 },
  { query: 'foot slap', expect: '/muscles/ankle-dorsiflexors/', within: 3 },
  { query: "runner's knee", expect: '/muscles/quadriceps/', within: 3 },
  { query: 'runner’s knee', expect: '/muscles/quadriceps/', within: 3 },
  { query: 'runner’s knee', expect: '/complaints/runners-knee/', within: 1 },
  { query: 'knee pain', expect: '/muscles/quadriceps/', within: 3 },
  { query: 'bum', expect: '/muscles/glutes/', within: 1 },
  { query: 'dead butt', expect: '/muscles/glutes/', within: 1 },
  { query: 'hip drop', expect: '/muscles/glutes/', within: 3 },
  { query: 'IT band', expect: '/muscles/glutes/', within: 3 },
  { query: 'pulled hamstring', expect: '/muscles/hamstrings/', within: 3 },
  { query: 'sprint speed', expect: '/muscles/hamstrings/', within: 3 },
  { query: 'achilles', expect: '/muscles/calves/', within: 3 },
  { query: 'tight calves', expect: '/exercises/calf-stretch/', within: 3 },
  { query: 'tight hip flexors', expect: '/exercises/hip-flexor-stretch/', within: 3 },
  { query: 'knee drive', expect: '/muscles/hip-flexors/', within: 3 },
  { query: 'six pack', expect: '/muscles/core/', within: 1 },
  { query: 'lower back pain', expect: '/muscles/core/', within: 3 },
  { query: 'lower abs', expect: '/exercises/leg-raise/', within: 1 },
  { query: 'obliques', expect: '/exercises/russian-twist/', within: 3 },
  { query: 'stiff ankles', expect: '/exercises/ankle-mobility-drill/', within: 1 },
  { query: 'stairs', expect: '/exercises/step-up/', within: 1 },
  { query: 'strong legs', expect: '/exercises/squat/', within: 3 },
  { query: 'training plan', expect: '/guide/', within: 1 },
  { query: 'how often', expect: '/guide/', within: 1 },
];

async function resultPaths(page: Page, query: string, filters = ''): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${filters ? `&${filters}` : ''}`);
  const status = page.locator('[data-search-status]');
  // A cold page: Pagefind, the filter index and the excerpts all load first.
  await expect(status).toHaveText(/result|Nothing matches/, { timeout: 15_000 });
  await expectCleanExcerpts(page);
  return page
    .locator('.search-results > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Words run together ("curlThis", "Dose3", "FrontBack") mean two elements' text was indexed
 * without a separator; "Section titled" is the heading links' hidden text.
 */
const GLUED = /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|Section titled|#/;

/** Every excerpt on the page, of results and of their sections, reads as plain prose. */
async function expectCleanExcerpts(page: Page): Promise<void> {
  // Source records quote bibliographies ("PLoS One"), not page text: pages only.
  const excerpts = await page
    .locator('.search-hit')
    .filter({ hasNot: page.locator('.search-hit-type', { hasText: /^Source/ }) })
    .locator('.search-hit-excerpt')
    .allTextContents();
  for (const text of excerpts) expect(text, 'excerpt').not.toMatch(GLUED);
}

const describe = (c: (typeof cases)[number]) =>
  `"${c.query}"${c.filters ? ` [${c.filters}]` : ''} puts ${c.expect} ${c.within === 1 ? 'first' : 'in the top 3'}`;

for (const [i, slice] of slices(cases, 6).entries()) {
  test(`relevance, slice ${i + 1}: each query puts its page on top`, async ({ page }) => {
    test.setTimeout(slice.length * 15_000);
    await eachOf(slice, describe, async (c) => {
      const paths = await resultPaths(page, c.query, c.filters);
      expect(paths.slice(0, c.within), paths.join(', ')).toContain(c.expect);
    });
  });
}

test('"stretch" puts the stretches first', async ({ page }) => {
  const paths = await resultPaths(page, 'stretch');
  expect(paths.slice(0, 2).sort()).toEqual([
    '/exercises/calf-stretch/',
    '/exercises/hip-flexor-stretch/',
  ]);
});

test('a no-equipment search returns only exercises that need no equipment', async ({
  page,
  request,
}) => {
  const browse = await (await request.get('/exercises/equipment/none/')).text();
  const allowed = new Set(
    [...browse.matchAll(/<a href="(\/exercises\/[a-z-]+\/)"/g)].map((m) => m[1]),
  );
  const paths = await resultPaths(page, 'core', 'equipment=none');
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(allowed, path).toContain(path);
});

test('"no equipment" finds exercises and programs that need none, first', async ({
  page,
  request,
}) => {
  const browse = await (await request.get('/exercises/equipment/none/')).text();
  const allowed = new Set([
    ...[...browse.matchAll(/<a href="(\/exercises\/[a-z-]+\/)"/g)].map((m) => m[1]),
    // A program that needs nothing is as good an answer; read from its file, not the site.
    ...frontmatter<{ equipment: string[] }>('programs')
      .filter((p) => p.data.equipment.every((e) => e === 'none'))
      .map((p) => `/programs/${p.id}/`),
  ]);
  const paths = await resultPaths(page, 'no equipment');
  expect(paths.length).toBeGreaterThanOrEqual(5);
  for (const path of paths.slice(0, 5)) expect(allowed, path).toContain(path);
});

test('a query whose words no page has together is retried with fewer, and says so', async ({
  page,
}) => {
  const paths = await resultPaths(page, 'xylophone exercise for shin splints');
  await expect(page.locator('[data-search-status]')).toHaveText(
    /^No page has every word of “xylophone exercise for shin splints”\. \d+ results? for “[^”]+”\.$/,
  );
  const relaxed = /for “([^”]+)”\.$/.exec(
    (await page.locator('[data-search-status]').textContent()) ?? '',
  )?.[1];
  expect(relaxed?.split(' ')).toHaveLength(4);
  expect(relaxed).toContain('shin splints');
  expect(paths.slice(0, 3)).toEqual(expect.arrayContaining(['/exercises/tibialis-raise/']));
});

test('a query that finds pages with every word is not retried', async ({ page }) => {
  await resultPaths(page, 'shin splints');
  await expect(page.locator('[data-search-status]')).toHaveText(
    /^\d+ results?(, showing the first \d+)?$/,
  );
});

test('the index holds prose only: no page text runs words together or carries anchor text', async ({
  page,
}) => {
  await page.goto('/');
  const pages = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    const found = await pagefind.search(null, {
      filters: { type: { any: ['guide', 'muscle', 'exercise'] } },
    });
    return Promise.all(
      found.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => {
        const data = await r.data();
        return { url: data.url, content: data.content };
      }),
    );
  });
  // The guide, 7 muscle groups, at least 20 exercises.
  expect(pages.length).toBeGreaterThanOrEqual(28);
  for (const { url, content } of pages) {
    const glued = content.match(new RegExp(`\\S*(?:${GLUED.source})\\S*`, 'g')) ?? [];
    expect(glued, url).toEqual([]);
  }
});
