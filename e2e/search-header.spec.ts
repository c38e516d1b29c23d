import { expect, test, type Page } from '@playwright/test';

/** The header on phones: one row of at most 64 px, the links in a menu, search as an icon. */
const PHONES = [320, 360, 390, 414];
const SECTIONS = ['Guide', 'Muscles', 'Stride', 'Exercises', 'Complaints', 'Programs'];

const header = (page: Page) => page.locator('header.site-header');
const menu = (page: Page) => header(page).locator('details summary');
const searchControl = (page: Page) => header(page).getByRole('link', { name: 'Search' });

for (const width of PHONES) {
  test(`at ${width} px the header is one row of at most 64 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/exercises/squat/');
    const box = await header(page).boundingBox();
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(64);
    // Brand, menu and search side by side: their boxes share one band of the header.
    const boxes = await Promise.all(
      [
        header(page).getByRole('link', { name: 'Stride Atlas' }),
        menu(page),
        searchControl(page),
      ].map((l) => l.boundingBox()),
    );
    for (const b of boxes) {
      expect(b).not.toBeNull();
      expect(b!.y).toBeGreaterThanOrEqual(box!.y);
      expect(b!.y + b!.height).toBeLessThanOrEqual(box!.y + box!.height);
    }
    // The search control is an icon with a name, and a 44 px target.
    const search = boxes[2]!;
    expect(search.width).toBeGreaterThanOrEqual(44);
    expect(search.height).toBeGreaterThanOrEqual(44);
    await expect(searchControl(page).locator('.label')).toHaveCSS('width', '1px');
    // The wide row of links is not displayed and the menu is closed: no Main landmark yet.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });
}

test('on a phone the menu opens and is walked with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto('/exercises/squat/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab');
  await expect(menu(page)).toBeFocused();
  await expect(menu(page)).toHaveAccessibleName('Menu');
  await page.keyboard.press('Enter');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  for (const label of SECTIONS) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: label })).toBeFocused();
  }
  await expect(nav.getByRole('link', { name: 'Exercises' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // The open menu drops over the page; the header keeps its height.
  expect((await header(page).boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(64);
  await page.keyboard.press('Tab');
  await expect(searchControl(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: /Search exercises/ })).toBeFocused();
});

test('the menu works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  await page.goto('/');
  await menu(page).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stride' })
    .click();
  await expect(page).toHaveURL('/stride/');
  await searchControl(page).click();
  await expect(page).toHaveURL('/search/');
  await context.close();
});

test('on a wide screen the links sit in the header row and there is no menu', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 740 });
  await page.goto('/guide/');
  await expect(menu(page)).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  for (const label of SECTIONS) await expect(nav.getByRole('link', { name: label })).toBeVisible();
  await expect(searchControl(page)).toContainText('Search');
  expect((await header(page).boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(64);
});
