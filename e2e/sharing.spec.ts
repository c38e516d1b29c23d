import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { aliasRedirects, builtPages, dist, pngSize } from './dist-files';
import { sitemapPaths } from './site-pages';
import { eachOf, slices } from './sweep';

const paths = sitemapPaths();
/** The production origin, as astro.config.mjs sets `site`: every shared URL starts with it. */
const SITE = 'https://stride-atlas.example';

/** Every string under a URL-valued JSON-LD key, wherever it sits in the block. */
function urlValues(value: unknown, key = ''): { key: string; url: string }[] {
  if (typeof value === 'string') {
    return ['url', 'item', 'image', 'mainEntityOfPage', 'urlTemplate', '@id'].includes(key)
      ? [{ key, url: value }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => urlValues(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => urlValues(v, k));
  }
  return [];
}
const localPath = (url: string) => new URL(url).pathname;

const expectedTypes = (path: string): string[] => {
  if (path === '/guide/' || /^\/muscles\/[^/]+\/$/.test(path)) return ['Article'];
  if (/^\/exercises\/[^/]+\/$/.test(path)) return ['ExercisePlan'];
  // A program is an ExercisePlan whose parts are its sessions.
  if (/^\/programs\/[^/]+\/$/.test(path)) return ['ExercisePlan'];
  // A complaint page is a MedicalWebPage about a MedicalCondition.
  if (/^\/complaints\/[^/]+\/$/.test(path)) return ['MedicalWebPage'];
  return [];
};

for (const [i, slice] of slices(paths).entries()) {
  test(`sharing, slice ${i + 1}: each page unfurls (Open Graph, card image, JSON-LD)`, async ({
    page,
    request,
    site,
  }) => {
    test.setTimeout(slice.length * 10_000);
    await eachOf(slice, String, async (path) => {
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^https?:\/\//);
      expect(localPath(canonical ?? '')).toBe(path);
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
      expect(await meta('meta[property="og:title"]')).toBe(await page.title());
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[property="og:site_name"]')).toBe('Stride Atlas');
      expect(await meta('meta[property="og:locale"]')).toBeTruthy();
      expect(await meta('meta[property="og:type"]')).toBe(
        expectedTypes(path).length ? 'article' : 'website',
      );
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
      await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute(
        'href',
        '/sitemap-index.xml',
      );

      const image = (await meta('meta[property="og:image"]')) ?? '';
      expect(image).toMatch(/^https?:\/\/.+\.png$/);
      expect(await meta('meta[name="twitter:image"]')).toBe(image);
      const response = await request.get(localPath(image));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
      expect(await meta('meta[property="og:image:width"]')).toBe('1200');
      expect(await meta('meta[property="og:image:height"]')).toBe('630');

      const data = await site.jsonLd();
      expect(canonical).toBe(`${SITE}${path}`);
      // Every URL in structured data is absolute on the site's origin; a relative one is
      // meaningless to a crawler reading the block on its own.
      for (const { key, url } of data.flatMap((d) => urlValues(d))) {
        expect(url.startsWith(`${SITE}/`), `${key}: ${url}`).toBe(true);
      }
      // The page's own entity names the canonical URL and the card image.
      const main = data.find((d) =>
        [d['@type']].flat().some((t) => expectedTypes(path).includes(t as string)),
      );
      if (main) {
        expect(main['url']).toBe(canonical);
        if ('mainEntityOfPage' in main) expect(main['mainEntityOfPage']).toBe(canonical);
        expect(main['image']).toBe(image);
      }
      const types = data.flatMap((d) => [d['@type']].flat());
      expect(types).toContain('WebSite');
      for (const type of expectedTypes(path)) expect(types).toContain(type);

      if (path !== '/') {
        // The BreadcrumbList says what the visible breadcrumbs say, and where they point.
        const list = data.find((d) => d['@type'] === 'BreadcrumbList') as
          { itemListElement: { name: string; item: string }[] } | undefined;
        const visible = await page
          .getByRole('navigation', { name: 'Breadcrumb' })
          .locator('li')
          .evaluateAll((items) => items.map((li) => li.textContent?.trim() ?? ''));
        expect(list?.itemListElement.map((i) => i.name)).toEqual(visible);
        expect(list?.itemListElement.at(-1)?.item).toBe(canonical);
        // Each crumb's absolute URL is the visible link's target on the site's origin.
        const links = await site.hrefs(site.breadcrumbs.getByRole('link'));
        expect(list?.itemListElement.slice(0, -1).map((i) => i.item)).toEqual(
          links.map((href) => `${SITE}${href}`),
        );
      }
    });
  });
}

test('the sitemap lists exactly the built indexable pages', () => {
  const indexable = builtPages()
    .filter((p) => p.path !== '/404.html' && !p.html.includes('http-equiv="refresh"'))
    .filter((p) => !p.html.includes('name="robots" content="noindex"'))
    .map((p) => p.path);
  expect([...paths].sort()).toEqual(indexable.sort());
});

test('every sitemap URL carries a lastmod date', () => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  const urls = files.flatMap((file) => [
    ...readFileSync(join(dist, file), 'utf8').matchAll(/<url>(.*?)<\/url>/gs),
  ]);
  expect(urls.length).toBe(paths.length);
  for (const [, entry] of urls) {
    const lastmod = /<lastmod>([^<]+)<\/lastmod>/.exec(entry ?? '')?.[1] ?? '';
    expect(lastmod, entry).toMatch(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/);
    expect(Number.isNaN(Date.parse(lastmod)), entry).toBe(false);
  }
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('the aliases include the common names and plurals', () => {
  expect(aliasRedirects().map((r) => r.from)).toEqual(
    expect.arrayContaining([
      '/muscles/quads/',
      '/muscles/glute/',
      '/muscles/shins/',
      '/exercises/squats/',
      '/exercises/rdl/',
    ]),
  );
});

test('every alias redirects to its canonical page', async ({ request }) => {
  // Each redirect page must refresh to the target, name it as canonical, and the target
  // must exist; the browser test below follows a few of them for real.
  for (const { from, to } of aliasRedirects()) {
    const html = await (await request.get(from)).text();
    expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
    expect(html, from).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${to}">`));
    expect((await request.get(to)).status(), to).toBe(200);
  }
});

for (const from of [
  '/muscles/quads/',
  '/muscles/glute/',
  '/muscles/shins/',
  '/exercises/squats/',
  '/exercises/rdl/',
]) {
  test(`a browser following ${from} lands on the canonical page`, async ({ page }) => {
    const to = aliasRedirects().find((r) => r.from === from)?.to ?? '';
    await page.goto(from);
    await expect(page).toHaveURL(to);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${to}$`),
    );
  });
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the page URL and each section URL, and says so', async ({ page }) => {
    // Force the clipboard path: Chromium on Linux has no share sheet, but be sure.
    await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
    await page.goto('/muscles/glutes/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await clipboard()).toBe(canonical);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${canonical}`);

    // Keyboard: the section's button is reachable by Tab from its # link.
    await page.locator('a.anchor[href="#anatomy"]').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link to “Anatomy”' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await clipboard()).toBe(`${canonical}#anatomy`);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${canonical}#anatomy`);
  });

  test('uses the share sheet where the device has one', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto('/exercises/squat/');
    await page.getByRole('button', { name: 'Share to “Form cues”' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.url).toMatch(/\/exercises\/squat\/#form-cues$/);
    await expect(page.getByRole('status')).toHaveText('Link shared');
  });

  test('shows no share buttons without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/muscles/glutes/');
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('a.anchor[href="#anatomy"]')).toHaveCount(1);
    await context.close();
  });
});
