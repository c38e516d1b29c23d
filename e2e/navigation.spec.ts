import { expect, test } from '@playwright/test';
import { pathsUnder } from './site-pages';

const musclePaths = pathsUnder('/muscles/');

for (const musclePath of musclePaths) {
  test(`${musclePath}: its exercises link back to it`, async ({ page }) => {
    await page.goto(musclePath);
    const name = (await page.locator('h1').textContent())?.trim() ?? '';
    const exerciseLinks = page.locator(
      '#exercises ~ * a[href^="/exercises/"], section:has(#exercises) a[href^="/exercises/"]',
    );
    const hrefs = [
      ...new Set(
        await exerciseLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
      ),
    ];
    expect(hrefs.length, `${name} lists exercises that target it`).toBeGreaterThan(0);
    // Three page loads per exercise: the budget grows with the list, not with the machine.
    test.setTimeout(30_000 + hrefs.length * 10_000);

    for (const href of hrefs) {
      await page.goto(musclePath);
      await page.locator(`section:has(#exercises) a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(href);
      // The exercise names this group among the muscles it works, and the link returns.
      const glance = page.locator('section:has(#at-a-glance)');
      await glance.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(musclePath);
    }
  });
}

test('previous and next walk through every muscle group in order', async ({ page }) => {
  /** Follows a prev/next link and waits for its page, so the next check reads the new page. */
  const follow = async (rel: 'prev' | 'next') => {
    const link = page.locator(`a[rel="${rel}"]`);
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect(page).toHaveURL(href);
    await page.waitForLoadState('domcontentloaded');
  };
  await page.goto(musclePaths[0] ?? '/');
  while ((await page.locator('a[rel="prev"]').count()) > 0) await follow('prev');
  await expect(page.locator('h1')).toHaveText('Quadriceps');
  const visited = [new URL(page.url()).pathname];
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    await follow('next');
    visited.push(new URL(page.url()).pathname);
  }
  expect(visited.sort()).toEqual([...musclePaths].sort());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the exercise list can be browsed by muscle, kind, equipment and level', async ({
    page,
  }) => {
    await page.goto('/exercises/');
    const browse = page.getByRole('navigation', { name: 'Browse exercises' });
    const cards = page.locator('.exercise-list > li');

    /** Follows a browse link and checks the list has as many cards as the link's count. */
    const follow = async (label: string, url: string, eachCardSays?: string) => {
      const link = browse.getByRole('link', { name: new RegExp(`^${label} \\d+$`) });
      const count = Number((await link.textContent())?.match(/\d+/)?.[0]);
      await link.click();
      await expect(page).toHaveURL(url);
      await expect(cards).toHaveCount(count);
      await expect(browse.locator('[aria-current="page"]')).toContainText(label);
      if (eachCardSays) {
        for (const card of await cards.all()) await expect(card).toContainText(eachCardSays);
      }
    };

    await follow('Calves', '/exercises/muscle/calves/');
    await expect(page.locator('h1')).toHaveText('Exercises for the calves');
    await expect(page.getByRole('link', { name: 'Calf raise', exact: true })).toBeVisible();
    await follow('No equipment', '/exercises/equipment/none/', 'No equipment');
    await follow('Stretch', '/exercises/kind/stretch/', 'Stretch');
    await expect(page.getByRole('link', { name: 'Hip flexor stretch', exact: true })).toBeVisible();
    await follow('Intermediate', '/exercises/level/intermediate/', 'Intermediate');
  });
});
