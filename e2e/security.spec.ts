import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dist } from './dist-files';

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

test('_headers sends the same policy as the pages, plus the companion headers', async ({
  request,
}) => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(meta).not.toBe('');
  expect(header).toBe(`${meta.replace(/&#39;/g, "'")}; frame-ancestors 'none'`);
  expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(header).toContain("'wasm-unsafe-eval'");
  expect(header).toContain("worker-src 'self'");
  for (const name of [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy:',
    'Permissions-Policy:',
  ]) {
    expect(headers).toContain(name);
  }
});
