import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dist } from './dist-files';
import { sitemapPaths } from './site-pages';

/** Collects every Content-Security-Policy violation the page reports. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
    ...console,
  ];
}

test('search, the search page and copy link run without a CSP violation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchCsp(page);

  await page.goto('/muscles/hamstrings/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('hamstring curl');
  await expect(page.locator('dialog .search-hit').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');

  await page.goto('/search/?q=calf&kind=stretch');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await page
    .getByRole('group', { name: 'Level' })
    .getByRole('checkbox', { name: /Beginner/ })
    .check();
  await expect(page).toHaveURL(/level=beginner/);

  expect(await violations()).toEqual([]);
});

/**
 * The policy, written out in full. Any widening (a new source, `https:`, `*`, 'unsafe-inline')
 * is a change to this string, made on purpose and reviewed, never a side effect.
 */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";

test('every page carries exactly the policy as a meta tag', async ({ request }) => {
  const pages = [...sitemapPaths(), '/404.html'];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const tags = [
      ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi),
    ];
    expect(tags, path).toHaveLength(1);
    expect(tags[0]?.[1]?.replace(/&#39;/g, "'"), path).toBe(CSP);
  }
});

test('_headers sends exactly the policy plus frame-ancestors, and the companion headers', () => {
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(
    [
      '/*',
      `  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      '  X-Frame-Options: DENY',
      '',
    ].join('\n'),
  );
});
