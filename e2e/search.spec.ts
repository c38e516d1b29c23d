import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const dialogInput = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' });

test('typing in the dialog shows the expected results', async ({ page }) => {
  await page.goto('/muscles/glutes/');
  await page.getByRole('link', { name: /Search/ }).click();
  await expect(dialog(page)).toBeVisible();
  await dialogInput(page).fill('hip thrust');
  const first = dialog(page).locator('.search-hit').first();
  await expect(first.locator('.search-hit-title')).toHaveText('Hip thrust');
  await expect(first.locator('.search-hit-type')).toHaveText('Exercise · Strength · Intermediate');
  await expect(first.locator('.search-hit-excerpt mark').first()).toBeVisible();
  await expect(dialog(page).getByRole('status')).toContainText('result');
});

test('"/" and Ctrl+K open the dialog, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/exercises/squat/');
  const muscles = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Muscles' });
  await muscles.focus();
  await page.keyboard.press('/');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(muscles).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(dialogInput(page)).toBeFocused();
  // Focus stays inside the open dialog however far you Tab.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog(page).evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(muscles).toBeFocused();
});

test('keys typed straight after "/" all reach the search box', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('lunges');
  await expect(dialogInput(page)).toHaveValue('lunges');
  await expect(dialog(page).locator('.search-hit-title').first()).toHaveText('Lunge');
});

test('arrow keys move through results and Enter opens one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await dialogInput(page).fill('calf');
  const links = dialog(page).locator('.search-results a');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(dialogInput(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

test('a sub-result lands on the section that holds the words', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await dialogInput(page).fill('eccentric');
  const section = dialog(page).locator('.search-hit-sections a').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href')) ?? '';
  expect(href).toMatch(/#[a-z0-9-]+$/);
  await section.click();
  const id = href.split('#')[1] ?? '';
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test.describe('the search page', () => {
  test('restores the query and filters from the URL, and writes changes back', async ({ page }) => {
    await page.goto('/search/?q=hip&kind=stretch');
    const input = page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' });
    await expect(input).toHaveValue('hip');
    const stretch = page
      .getByRole('group', { name: 'Kind' })
      .getByRole('checkbox', { name: /Stretch/ });
    await expect(stretch).toBeChecked();
    await expect(page.locator('[data-search-status]')).toContainText('result');
    for (const type of await page.locator('.search-hit-type').allTextContents())
      expect(type).toMatch(/^Exercise · Stretch · /);

    await input.fill('calf');
    await expect(page).toHaveURL('/search/?q=calf&kind=stretch');
    await page
      .getByRole('group', { name: 'Equipment' })
      .getByRole('checkbox', { name: /No equipment/ })
      .check();
    await expect(page).toHaveURL('/search/?q=calf&kind=stretch&equipment=none');
    await stretch.uncheck();
    await expect(page).toHaveURL('/search/?q=calf&equipment=none');
  });

  test('filters narrow the results to the count they show', async ({ page }) => {
    await page.goto('/search/?q=calf');
    await expect(page.locator('[data-search-status]')).toContainText('result');
    const kinds = page.getByRole('group', { name: 'Kind' });
    const label = kinds.locator('label').filter({ hasText: 'Strength' });
    const count = Number(await label.locator('.count').textContent());
    expect(count).toBeGreaterThan(0);
    await label.getByRole('checkbox').check();
    await expect(page.locator('.search-results > li')).toHaveCount(count);
    await expect(page.locator('[data-search-status]')).toHaveText(
      `${count} result${count === 1 ? '' : 's'}`,
    );
  });

  test('without JavaScript it says so, and its form still submits as a GET', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/squat/');
    await page.getByRole('link', { name: /Search/ }).click();
    await expect(page).toHaveURL('/search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    const input = page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' });
    await input.fill('calf raise');
    await page
      .getByRole('group', { name: 'Kind' })
      .getByRole('checkbox', { name: /Strength/ })
      .check();
    // Keyboard only: Tab from the box to the button, then Enter.
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/search/?q=calf+raise&kind=strength');
    await page
      .getByRole('navigation', { name: 'Browse exercises' })
      .getByRole('link', { name: /^Calves/ })
      .click();
    await expect(page).toHaveURL('/exercises/muscle/calves/');
    await context.close();
  });

  test('with JavaScript, Enter in the box submits the form and the results come back', async ({
    page,
  }) => {
    await page.goto('/search/');
    const input = page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' });
    await input.fill('plank');
    await expect(page.locator('.search-hit-title').first()).toHaveText('Plank');
    await input.press('Enter');
    await page.waitForURL('/search/?q=plank');
    await expect(input).toHaveValue('plank');
    await expect(page.locator('.search-hit-title').first()).toHaveText('Plank');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('/search/?q=plank');
    await expect(page.locator('.search-hit-title').first()).toHaveText('Plank');
  });

  test('shows ten results, then ten more on request, loading excerpts only for those', async ({
    page,
  }) => {
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto('/search/?q=knee');
    const status = page.locator('[data-search-status]');
    // The first search on a cold page loads Pagefind, the filter index and ten excerpts.
    await expect(status).toHaveText(/^(\d+) results, showing the first 10$/, { timeout: 15_000 });
    const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('.search-results > li')).toHaveCount(10);
    expect(fragments).toHaveLength(10);
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    await more.click();
    const shown = Math.min(total, 20);
    await expect(page.locator('.search-results > li')).toHaveCount(shown);
    expect(fragments).toHaveLength(shown);
    await expect(page.locator('.search-results > li > a').nth(10)).toBeFocused();
  });
});

/** The paths a page requests, as they happen. */
function requests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  return requested;
}
const pagefindCore = (paths: string[]) =>
  ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.en.pagefind'].every(
    (file) => paths.includes(file),
  ) && paths.some((p) => p.endsWith('.pf_meta'));

test('content pages load no search code until the reader shows intent', async ({ page }) => {
  const requested = requests(page);
  await page.goto('/muscles/calves/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || /dialog|client/.test(p))).toEqual(
    [],
  );
  await page.keyboard.press('/');
  await dialogInput(page).fill('plank');
  await expect(dialog(page).locator('.search-hit').first()).toBeVisible();
  expect(pagefindCore(requested)).toBe(true);
});

test.describe('Pagefind starts loading on intent, before any typing', () => {
  test('pointer over the search control', async ({ page }) => {
    const requested = requests(page);
    await page.goto('/exercises/plank/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: /Search/ }).hover();
    await expect.poll(() => pagefindCore(requested)).toBe(true);
    await expect(dialog(page)).toHaveCount(0);
  });

  test('keyboard focus on the search control', async ({ page }) => {
    const requested = requests(page);
    await page.goto('/exercises/plank/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: /Search/ }).focus();
    await expect.poll(() => pagefindCore(requested)).toBe(true);
  });

  for (const key of ['/', 'Control+k']) {
    test(`the ${key} shortcut`, async ({ page }) => {
      const requested = requests(page);
      await page.goto('/exercises/plank/');
      await page.waitForLoadState('networkidle');
      await page.keyboard.press(key);
      await expect(dialogInput(page)).toBeFocused();
      await expect(dialogInput(page)).toHaveValue('');
      await expect.poll(() => pagefindCore(requested)).toBe(true);
    });
  }

  test('focus in the search page box', async ({ page }) => {
    const requested = requests(page);
    await page.goto('/search/');
    await expect(
      page.getByRole('searchbox', { name: 'Search exercises, muscles and the guide' }),
    ).toBeFocused();
    await expect.poll(() => pagefindCore(requested)).toBe(true);
  });
});

test('the dialog loads excerpts only for the five results it shows', async ({ page }) => {
  const requested = requests(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await dialogInput(page).fill('knee');
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results, showing the first 5$/);
  await expect(dialog(page).locator('.search-results > li')).toHaveCount(5);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/fragment/'))).toHaveLength(5);
});

test('one letter loads its index chunk but no results or excerpts', async ({ page }) => {
  const requested = requests(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('s');
  await expect.poll(() => requested.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/fragment/'))).toEqual([]);
  await expect(dialog(page).locator('.search-hit')).toHaveCount(0);
  await expect(dialog(page).locator('.search-dialog-status')).toHaveText('');
  await page.keyboard.type('q');
  // Two letters search: the first result has a word that starts with them (squat, squeeze).
  await expect(dialog(page).locator('.search-hit-title').first()).toHaveText(/\bsq/i);
});

test('searching leaves the console clean: no errors, no warnings', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    // Playwright itself reports the offline worker it blocks (see playwright.config.ts).
    if (/registration blocked by Playwright/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(e.message));
  await page.goto('/muscles/glutes/');
  await page.keyboard.press('/');
  await dialogInput(page).fill('hip thrust');
  await expect(dialog(page).locator('.search-hit').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/search/?q=calf&kind=strength');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await page.getByRole('group', { name: 'Level' }).getByRole('checkbox').first().check();
  await expect(page.locator('[data-search-status]')).toHaveText(/result|Nothing/);
  await page.waitForLoadState('networkidle');
  expect(messages).toEqual([]);
});
