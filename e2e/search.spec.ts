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

  test('without JavaScript it says so and offers the browse pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/squat/');
    await page.getByRole('link', { name: /Search/ }).click();
    await expect(page).toHaveURL('/search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page
      .getByRole('navigation', { name: 'Browse exercises' })
      .getByRole('link', { name: /^Calves/ })
      .click();
    await expect(page).toHaveURL('/exercises/muscle/calves/');
    await context.close();
  });
});

test('content pages load no search code until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/muscles/calves/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || /dialog|render/.test(p))).toEqual(
    [],
  );
  await page.keyboard.press('/');
  await dialogInput(page).fill('plank');
  await expect(dialog(page).locator('.search-hit').first()).toBeVisible();
  expect(requested.some((p) => p.startsWith('/pagefind/pagefind.js'))).toBe(true);
});
