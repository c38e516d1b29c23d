import { expect, test } from '@playwright/test';

/** Sources in content/sources.yaml (39, the shared file) plus content/sources-added.yaml (40). */
const SOURCE_COUNT = 80;
/** A few ids the sources page must list, one from each file. */
const SOME_IDS = ['hamner-2010', 'toresdahl-2020', 'winter-2009', 'doma-2013', 'cavanagh-1980'];

for (const path of ['/muscles/glutes/', '/exercises/squat/', '/guide/']) {
  test(`${path}: citations and the reference list link to each other`, async ({ page }) => {
    await page.goto(path);
    const refs = page.locator('section:has(#references) li');
    expect(await refs.count()).toBeGreaterThan(0);
    // Every reference shows authors, year, title and venue, and a DOI link where known.
    await expect(refs.first()).toContainText(/\(\d{4}\)\./);

    // Forward: the first citation in the text jumps to its entry in the list.
    const cite = page.locator('main sup.cite a').first();
    const target = (await cite.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#ref-/);
    const citeId = (await cite.getAttribute('id')) ?? '';
    await cite.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const entry = page.locator(target);
    await expect(entry).toBeInViewport();

    // Back: the entry links back to that very citation.
    const back = entry.locator(`a[href="#${citeId}"]`);
    await expect(back).toHaveCount(1);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`#${citeId}$`));
    await expect(page.locator(`#${citeId}`)).toBeInViewport();

    // Every back-link on the page has a target.
    const hrefs = await page
      .locator('section:has(#references) a[href^="#cite-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) await expect(page.locator(href), href).toHaveCount(1);
  });
}

test('/sources/ lists every source with what it found and where it is cited', async ({ page }) => {
  await page.goto('/sources/');
  const items = page.locator('ol.sources > li');
  await expect(items).toHaveCount(SOURCE_COUNT);
  for (const id of SOME_IDS) await expect(page.locator(`li#${id} .says`)).not.toBeEmpty();
  // A cited source links to the pages that cite it; a background source says why it is listed.
  await expect(page.locator('li#hamner-2010 .cited a[href="/muscles/calves/"]')).toHaveCount(1);
  await expect(page.locator('li#winter-2009 .cited')).toContainText('Background source');
});

test('a reference list entry leads to the source on /sources/', async ({ page }) => {
  await page.goto('/muscles/calves/');
  await page.locator('#ref-hamner-2010').getByRole('link', { name: 'About this source' }).click();
  await expect(page).toHaveURL(/\/sources\/#hamner-2010$/);
  await expect(page.locator('#hamner-2010')).toBeInViewport();
});
