import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readContentFiles } from '../tests/read-content';
import { axeViolations } from './axe';
import { frontmatter, type ExerciseMatter } from './content';
import { dist } from './dist-files';
import { sitemapPaths } from './site-pages';

const guideTitle = String(
  readContentFiles().find((f) => f.collection === 'guide')?.frontmatter['title'] ?? '',
);
const squat = frontmatter<ExerciseMatter>('exercises').find((e) => e.id === 'squat')?.data;

// The other specs block service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has saved the site and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  // `ready` resolves once a worker is active, and a Workbox worker activates only after its
  // whole precache is stored.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every request URL in every cache the page's origin holds. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Content-Security-Policy violations and script errors, from the first page on. */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('after one visit the site reads offline: pages, styles, search and the offline page', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const errors = await watchErrors(page);
  await page.goto('/');
  await waitForOfflineCopy(page);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL),
  ).toMatch(/\/sw\.js$/);

  await context.setOffline(true);

  // An exercise page, with its stylesheet (main's width comes from the CSS).
  await page.goto('/exercises/squat/');
  await expect(page.locator('h1')).toHaveText(squat?.name ?? 'no squat in content');
  expect(await page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).not.toBe('none');

  // The guide.
  await page.goto('/guide/');
  await expect(page.locator('h1')).toHaveText(guideTitle);

  // The search page, its query string and Pagefind's index, all from the saved copy.
  await page.goto('/search/?q=plank');
  const hits = page.locator('.search-hit-title');
  await expect(hits.first()).toBeVisible();
  expect(await hits.allTextContents()).toContain('Plank');
  await page.getByRole('searchbox').fill('calf raise');
  await expect(hits.first()).toHaveText('Calf raise');

  // The search dialog on a content page loads its code and the index offline too.
  await page.goto('/muscles/glutes/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('hip thrust');
  await expect(page.locator('dialog .search-hit-title').first()).toHaveText('Hip thrust');

  // An alias is not saved, but it still reaches its page.
  await page.goto('/muscles/quads/');
  await expect(page).toHaveURL(/\/muscles\/quadriceps\/$/);
  await expect(page.locator('h1')).toHaveText('Quadriceps');

  // Anything not saved gets the offline page, at the address asked for.
  await page.goto('/exercises/not-saved-anywhere/');
  await expect(page).toHaveURL(/\/exercises\/not-saved-anywhere\/$/);
  await expect(page.locator('h1')).toHaveText('You are offline');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: guideTitle }).click();
  await expect(page.locator('h1')).toHaveText(guideTitle);
  expect(errors).toEqual([]);

  // The network really is gone: a file the worker does not save (a social card) fails.
  const card = await page.evaluate(() =>
    fetch('/og/index.png').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(card).toBe('failed');
});

test('the worker saves every page in the sitemap, from this origin only, and no cards or aliases', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  const origin = new URL(baseURL ?? '').origin;
  const cached = (await cachedUrls(page)).map((u) => new URL(u));
  expect(cached.filter((u) => u.origin !== origin).map(String)).toEqual([]);
  const paths = new Set(cached.map((u) => u.pathname));
  for (const path of sitemapPaths()) expect(paths, path).toContain(`${path}index.html`);
  expect(paths).toContain('/offline/index.html');
  expect(paths).toContain('/pagefind/pagefind.js');
  expect([...paths].filter((p) => p.endsWith('.css')).length).toBeGreaterThan(0);
  expect([...paths].filter((p) => p.startsWith('/og/'))).toEqual([]);
  expect(paths).not.toContain('/muscles/quads/index.html');
  expect(paths).not.toContain('/404.html');
  // Each saved file carries the hash of its content, so any change to it is a new revision.
  const guide = cached.find((u) => u.pathname === '/guide/index.html');
  const md5 = createHash('md5')
    .update(readFileSync(join(dist, 'guide', 'index.html')))
    .digest('hex');
  expect(guide?.searchParams.get('__WB_REVISION__')).toBe(md5);
});

test('offline, every page in the sitemap opens from the saved copy', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);
  // Program pages, and any page kind added later, are in the sitemap and so in this sweep.
  for (const path of sitemapPaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('h1'), path).not.toHaveText('You are offline');
  }
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static host whose folder can be swapped, as a deploy swaps one build for the next. */
function staticHost(root: { dir: string }): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root.dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

test('a new build replaces the saved copy without the reader doing anything', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  // The next build: the guide changes, and so does its revision in the worker, as a build
  // writes it (the test above checks revisions are content hashes of the built files).
  const next = mkdtempSync(join(tmpdir(), 'stride-next-build-'));
  cpSync(dist, next, { recursive: true, filter: (src) => !src.includes(`${dist}/og`) });
  const guideFile = join(next, 'guide', 'index.html');
  const oldGuide = readFileSync(guideFile);
  const newGuide = Buffer.from(
    oldGuide.toString().replace('</main>', '<p id="second-edition">Second edition</p></main>'),
  );
  writeFileSync(guideFile, newGuide);
  const hash = (b: Buffer) => createHash('md5').update(b).digest('hex');
  const worker = readFileSync(join(next, 'sw.js'), 'utf8');
  const entry = `{url:"guide/index.html",revision:"${hash(oldGuide)}"}`;
  expect(worker.split(entry)).toHaveLength(2);
  writeFileSync(
    join(next, 'sw.js'),
    worker.replace(entry, `{url:"guide/index.html",revision:"${hash(newGuide)}"}`),
  );

  const root = { dir: dist };
  const { server, origin } = await staticHost(root);
  try {
    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page);
    const revisions = async () =>
      (await cachedUrls(page))
        .filter((u) => new URL(u).pathname === '/guide/index.html')
        .map((u) => new URL(u).searchParams.get('__WB_REVISION__'));
    expect(await revisions()).toEqual([hash(oldGuide)]);

    // The host now serves the next build; the reader just goes on reading.
    root.dir = next;
    await page.goto(`${origin}/muscles/`);
    await expect.poll(revisions, { timeout: 30_000 }).toEqual([hash(newGuide)]);

    await context.setOffline(true);
    await page.goto(`${origin}/guide/`);
    await expect(page.locator('#second-edition')).toHaveText('Second edition');
  } finally {
    server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
