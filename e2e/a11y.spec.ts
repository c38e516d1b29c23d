import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { sitemapPaths } from './site-pages';
import { eachOf, slices } from './sweep';

// One page load per page, checked in both colour schemes: axe is the slow part, not loading.
for (const [i, slice] of slices(sitemapPaths(), 10).entries()) {
  test(`axe, slice ${i + 1}: no violations in light or dark`, async ({ page }) => {
    test.setTimeout(slice.length * 10_000);
    await eachOf(slice, String, async (path) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const light = await axeViolations(page);
      // The colour scheme changes colours only (the DOM, ARIA and layout stay the same), so the
      // second scheme re-runs just the rules that read colours.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, { rules: COLOUR_RULES });
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
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
      expect(await axeViolations(page, { include: 'dialog' })).toEqual([]);
    });

    test('the search page with results and counts has no axe violations', async ({ page }) => {
      await page.goto('/search/?q=calf&equipment=none');
      await expect(page.locator('.search-hit').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
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

/**
 * The focus indicator of whatever has focus: its colour, the colours it sits against, and
 * whether the browser shows it for keyboard focus. An outline sits outside the element, on
 * the background behind it; a region of the body figure draws its ring as a stroke, between
 * the figure's surface and the body drawn on it.
 */
function focusIndicator() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rgba = (c: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a: c.startsWith('rgba') ? a : 1 };
  };
  /** The opaque colour behind an element: its ancestors' backgrounds, blended. */
  const backdrop = (start: Element | null): string => {
    const layers: ReturnType<typeof rgba>[] = [];
    for (let node = start; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c.a > 0) layers.push(c);
      if (c.a >= 1) break;
    }
    let out = { r: 255, g: 255, b: 255 };
    for (const c of layers.reverse()) {
      out = {
        r: c.r * c.a + out.r * (1 - c.a),
        g: c.g * c.a + out.g * (1 - c.a),
        b: c.b * c.a + out.b * (1 - c.a),
      };
    }
    return `rgb(${out.r}, ${out.g}, ${out.b})`;
  };
  const what = `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`;
  const focusVisible = el.matches(':focus-visible');
  const shape = el instanceof SVGElement ? el.querySelector('path') : null;
  if (shape) {
    const stroke = getComputedStyle(shape);
    const body = el.closest('svg')?.querySelector('path.body');
    return {
      what,
      focusVisible,
      width: parseFloat(stroke.strokeWidth),
      colour: stroke.stroke,
      against: [backdrop(el.closest('svg')), body ? getComputedStyle(body).fill : ''],
    };
  }
  const style = getComputedStyle(el);
  return {
    what,
    focusVisible,
    width: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    colour: style.outlineColor,
    against: [backdrop(el.parentElement)],
  };
}

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const FOCUS_PAGES = ['/', '/exercises/squat/', '/muscles/glutes/', '/search/?q=calf'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of FOCUS_PAGES) {
    test(`${path}: every interactive element shows a focus indicator with 3:1 contrast (${scheme})`, async ({
      page,
    }) => {
      // One Tab and one style read per element: slow on a busy machine, not stuck.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const total = await page.locator('a[href], button:not([hidden]), input, summary').count();
      let seen = 0;
      await page.locator('body').focus();
      for (let i = 0; i < total + 5 && seen < total; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(focusIndicator);
        if (!focus) break;
        seen++;
        const where = `${scheme}: ${focus.what}`;
        expect(focus.focusVisible, where).toBe(true);
        expect(focus.width, `${where}: indicator width`).toBeGreaterThanOrEqual(2);
        for (const colour of focus.against) {
          expect(
            contrast(focus.colour, colour),
            `${where}: ${focus.colour} on ${colour}`,
          ).toBeGreaterThanOrEqual(3);
        }
      }
      expect(seen).toBeGreaterThan(5);
    });
  }
}
