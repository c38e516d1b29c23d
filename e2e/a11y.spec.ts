import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The colour scheme changes colours only: the DOM, ARIA and layout are the same. So the first
 * scheme runs every rule and the second re-runs every rule that reads colours.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, include?: string, colourOnly = false): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

// One page load per page, checked in both colour schemes: axe is the slow part, not loading.
for (const path of sitemapPaths()) {
  test(`${path} has no axe violations in light or dark`, async ({ page }) => {
    // A demonstration's SVG (an exercise's frames, the runner) doubles axe's time on a page.
    test.slow(/^\/(exercises|muscles)\/[a-z-]+\/$|^\/stride\/$/.test(path));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const light = await violations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await violations(page, undefined, true);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the open search dialog with results has no axe violations', async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press('/');
      await page.getByRole('searchbox').fill('glute');
      await expect(page.locator('dialog .search-hit').first()).toBeVisible();
      expect(await violations(page, 'dialog')).toEqual([]);
    });

    test('the search page with results and counts has no axe violations', async ({ page }) => {
      await page.goto('/search/?q=calf&equipment=none');
      await expect(page.locator('.search-hit').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the first Tab reaches a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/exercises/squat/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  for (const path of ['/', '/exercises/squat/', '/muscles/glutes/', '/search/?q=calf']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const total = await page.locator('a[href], button:not([hidden]), input, summary').count();
    let seen = 0;
    await page.locator('body').focus();
    for (let i = 0; i < total + 5 && seen < total; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // Links inside the body figure draw their ring as a stroke around the shape.
        const shape = el instanceof SVGElement ? el.querySelector('path') : null;
        const stroke = shape ? getComputedStyle(shape) : null;
        return {
          what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
          ring: stroke
            ? stroke.stroke !== 'none' && parseFloat(stroke.strokeWidth) >= 2
            : style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          focusVisible: el.matches(':focus-visible'),
        };
      });
      if (!focus) break;
      seen++;
      expect(focus.focusVisible && focus.ring, `${path}: ${focus.what}`).toBe(true);
    }
    expect(seen, path).toBeGreaterThan(5);
  }
});
