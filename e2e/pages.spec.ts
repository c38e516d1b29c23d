import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-pages';
import { slices } from './sweep';

const paths = sitemapPaths();
/**
 * Pagefind's start-up is the same script on every page, so it is checked on one page of
 * each top-level section (/, /muscles/..., /exercises/..., ...) rather than on all of them.
 */
const searchProbes = new Set(
  [...new Map(paths.map((p) => [p.split('/')[1] ?? '', p] as const)).values()].map(String),
);

test('the sitemap lists the whole site', () => {
  expect(paths).toContain('/');
  expect(paths).toContain('/guide/');
  expect(paths.filter((p) => /^\/muscles\/[^/]+\/$/.test(p))).toHaveLength(9);
  expect(paths.filter((p) => /^\/exercises\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(29);
});

for (const [i, slice] of slices(paths).entries()) {
  test(`pages, slice ${i + 1}: each is a complete page`, async ({ page, baseURL }) => {
    test.setTimeout(slice.length * 10_000);
    const origin = new URL(baseURL ?? '').origin;
    // Errors from anywhere; warnings from the site's own scripts (Pagefind's included).
    let errors: string[] = [];
    page.on('console', (msg) => {
      const ours = msg.location().url.startsWith(origin);
      if (msg.type() === 'error' || (msg.type() === 'warning' && ours))
        errors.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(err.message));
    let foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });

    for (const path of slice) {
      await test.step(path, async () => {
        errors = [];
        foreign = [];
        await page.setViewportSize({ width: 1280, height: 720 });
        // Resolves once Pagefind's wasm has arrived, whenever that happens.
        const pagefindLoaded = page.waitForResponse((r) => r.url().includes('/pagefind/wasm.'));
        pagefindLoaded.catch(() => undefined);

        const response = await page.goto(path);
        expect.soft(response?.status(), path).toBe(200);
        await expect.soft(page.locator('h1'), path).toHaveCount(1);
        await expect.soft(page, path).toHaveTitle(/\S.* · Stride Atlas$|^Stride Atlas$/);
        const description =
          (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
        expect.soft(description.length, `${path} description`).toBeGreaterThan(40);
        expect.soft(description.length, `${path} description`).toBeLessThanOrEqual(160);
        await expect
          .soft(page.locator('link[rel="canonical"]'), path)
          .toHaveAttribute('href', new RegExp(`${path}$`));
        await expect.soft(page.getByRole('contentinfo'), path).toContainText('Not medical advice');
        if (path !== '/') {
          await expect
            .soft(page.getByRole('navigation', { name: 'Breadcrumb' }), path)
            .toBeVisible();
        }

        // Only the small enhancements load up front (search trigger, share buttons); search
        // itself loads on use. JSON-LD blocks are data, not code.
        const scripts = await page
          .locator('script:not([type="application/ld+json"])')
          .evaluateAll((list) =>
            list.map((s) => (s as HTMLScriptElement).src || s.textContent || ''),
          );
        // A program page adds one: the loader that shows its calendar form (the file is
        // written by a module fetched only when the reader asks for it).
        const program = /^\/programs\/[^/]+\/$/.test(path);
        expect.soft(scripts.length, `${path} scripts`).toBeLessThanOrEqual(program ? 4 : 3);
        for (const code of scripts) expect.soft(code, path).not.toMatch(/pagefind|dialog/);

        // Every in-page link (table of contents, sections) points at one id on this page.
        const dangling = await page
          .locator('a[href^="#"]')
          .evaluateAll((links) =>
            links
              .map((a) => a.getAttribute('href')?.slice(1) ?? '')
              .filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1),
          );
        expect.soft(dangling, `${path}: fragment links without exactly one target`).toEqual([]);

        // Nothing is wider than a 320 px phone.
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect.soft(overflow, `${path}: horizontal overflow at 320 px`).toBeLessThanOrEqual(0);

        // Pointing at the search control loads Pagefind (the search page loads it itself);
        // its start-up must log nothing either. The pause lets its worker finish starting.
        if (searchProbes.has(path)) {
          await page.locator('a[data-search-trigger]').hover();
          await pagefindLoaded;
          await page.waitForTimeout(300);
        }

        expect.soft(errors, `${path}: console`).toEqual([]);
        // Fonts, scripts and images are all served by the site itself.
        expect.soft(foreign, `${path}: requests to other origins`).toEqual([]);
      });
    }
  });
}

test('titles and descriptions are unique across the site', async ({ request }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(titles.get(title), `title "${title}" on ${path}`).toBeUndefined();
    expect(descriptions.get(description), `description on ${path}`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
  }
});

test('an unknown URL answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/muscles/biceps/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: 'Quadriceps' })).toBeVisible();
});
