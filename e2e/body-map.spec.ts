import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { frontmatter, type ExerciseMatter, type MuscleMatter } from './content';
import { pathsUnder, sitemapPaths } from './site-pages';

const muscles = frontmatter<MuscleMatter>('muscles');
const exercises = frontmatter<ExerciseMatter>('exercises');
const nameOf = new Map(muscles.map((m) => [m.id, m.data.name]));
const regions = (page: Page) => page.locator('.body-figure svg a');

/**
 * A point inside the drawn shape of a region where the region itself, not a neighbour or the
 * body, is what the pointer would hit: where a person would actually click.
 */
async function pointOn(region: Locator): Promise<{ x: number; y: number }> {
  await region.scrollIntoViewIfNeeded();
  const point = await region.evaluate((a) => {
    for (const path of a.querySelectorAll('path')) {
      const box = path.getBoundingClientRect();
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = box.left + (box.width * i) / 20;
          const y = box.top + (box.height * j) / 20;
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error(`no visible point on ${await region.getAttribute('href')}`);
  return point;
}

const fillOf = (region: Locator) =>
  region.locator('path').evaluate((path) => getComputedStyle(path).fill);

test.describe('the body map on the home page', () => {
  test('has one region per muscle group, in the order of the text list beside it', async ({
    page,
  }) => {
    await page.goto('/');
    const figure = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const list = await page
      .getByRole('navigation', { name: 'Muscle groups on the body map' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(figure).toEqual(list);
    expect([...figure].sort()).toEqual(pathsUnder('/muscles/').sort());
    for (const m of muscles) {
      await expect(regions(page).and(page.getByRole('link', { name: m.data.name }))).toHaveCount(1);
    }
  });

  for (const width of [1280, 320]) {
    test(`clicking each region opens its muscle page (${width} px wide)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const m of muscles) {
        await page.goto('/');
        const region = page.locator(`.body-figure svg a[data-group="${m.id}"]`);
        const { x, y } = await pointOn(region);
        await page.mouse.click(x, y);
        await expect(page).toHaveURL(`/muscles/${m.id}/`);
        await expect(page.locator('h1')).toHaveText(m.data.name);
      }
    });
  }

  test('hovering a region highlights all of its shapes, front and back', async ({ page }) => {
    await page.goto('/');
    const svgBox = await page.locator('.body-figure svg').boundingBox();
    const midline = (svgBox?.x ?? 0) + (svgBox?.width ?? 0) / 2;
    for (const id of ['calves', 'core']) {
      const region = page.locator(`.body-figure svg a[data-group="${id}"]`);
      const box = await region.locator('path').boundingBox();
      // The one path of the group runs over both views.
      expect(box?.x ?? 0).toBeLessThan(midline);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(midline);
      const resting = await fillOf(region);
      const { x, y } = await pointOn(region);
      await page.mouse.move(x, y);
      await expect.poll(() => fillOf(region)).not.toBe(resting);
      await page.mouse.move(0, 0);
      await expect.poll(() => fillOf(region)).toBe(resting);
    }
  });

  test('Tab reaches every region in order, highlights it, and Enter follows it', async ({
    page,
  }) => {
    await page.goto('/');
    const hrefs = await regions(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const resting = await fillOf(regions(page).first());
    const presses = new Map<string, number>();
    for (let press = 1; press <= 60 && presses.size < hrefs.length; press++) {
      await page.keyboard.press('Tab');
      const focused = page.locator('.body-figure svg a:focus');
      if ((await focused.count()) === 1) {
        presses.set((await focused.getAttribute('href')) ?? '', press);
        await expect.poll(() => fillOf(focused)).not.toBe(resting);
      }
    }
    expect([...presses.keys()]).toEqual(hrefs);
    // One Tab from each region to the next: nothing else sits between them.
    const steps = [...presses.values()];
    expect(steps.at(-1)! - steps[0]!).toBe(hrefs.length - 1);

    for (const [href, count] of presses) {
      await page.goto('/');
      for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
      await expect(page.locator('.body-figure svg a:focus')).toHaveAttribute('href', href);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(href);
    }
  });
});

test('/muscles/ carries the same interactive map', async ({ page }) => {
  await page.goto('/muscles/');
  await expect(regions(page)).toHaveCount(muscles.length);
  await expect(page.locator('.body-figure svg a[data-emphasis]')).toHaveCount(0);
});

for (const m of muscles) {
  test(`/muscles/${m.id}/ highlights its own group and no other`, async ({ page }) => {
    await page.goto(`/muscles/${m.id}/`);
    const own = page.locator(`.body-figure svg a[data-group="${m.id}"]`);
    await expect(own).toHaveAttribute('data-emphasis', 'current');
    await expect(own).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.body-figure svg a[data-emphasis]')).toHaveCount(1);
    const others = page.locator(`.body-figure svg a:not([data-group="${m.id}"])`);
    expect(await fillOf(own)).not.toBe(await fillOf(others.first()));
  });
}

for (const e of exercises) {
  test(`/exercises/${e.id}/ highlights its primary and secondary groups`, async ({ page }) => {
    await page.goto(`/exercises/${e.id}/`);
    const primary = e.data.primary;
    const secondary = e.data.secondary ?? [];
    const fills = {
      primary: new Set<string>(),
      secondary: new Set<string>(),
      rest: new Set<string>(),
    };
    for (const m of muscles) {
      const region = page.locator(`.body-figure svg a[data-group="${m.id}"]`);
      const level = primary.includes(m.id)
        ? 'primary'
        : secondary.includes(m.id)
          ? 'secondary'
          : 'rest';
      if (level === 'rest') await expect(region).not.toHaveAttribute('data-emphasis');
      else await expect(region).toHaveAttribute('data-emphasis', level);
      fills[level].add(await fillOf(region));
    }
    // One colour per level, and three different colours.
    const colours = Object.values(fills).filter((s) => s.size > 0);
    for (const set of colours) expect(set.size).toBe(1);
    expect(new Set(colours.flatMap((s) => [...s])).size).toBe(colours.length);

    // The legend names the same groups, with links to them.
    const legend = page.locator('.exercise-figure figcaption');
    const row = (label: string) =>
      legend.locator('li').filter({ hasText: label }).getByRole('link');
    await expect(row('Main work')).toHaveText(primary.map((id) => nameOf.get(id) ?? id));
    if (secondary.length > 0) {
      await expect(row('Assisting')).toHaveText(secondary.map((id) => nameOf.get(id) ?? id));
    } else {
      await expect(legend.locator('li').filter({ hasText: 'Assisting' })).toHaveCount(0);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a region is a plain link that the keyboard can follow', async ({ page }) => {
    await page.goto('/exercises/squat/');
    const region = page.locator('.body-figure svg a[data-group="glutes"]');
    await region.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/muscles/glutes/');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the figures and the stride view (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const checks: [string, string][] = [
      ['/', '.body-map'],
      ['/muscles/', '.body-map'],
      ['/muscles/hip-flexors/', '.muscle-figure'],
      ['/exercises/squat/', '.exercise-figure'],
      ['/stride/', 'main'],
    ];
    for (const [path, selector] of checks) {
      await page.goto(path);
      await expect(page.locator(selector)).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
      expect(
        violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}

const dist = join(import.meta.dirname, '..', 'dist');

test('the figure ships no framework runtime: no React in any page or script', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  for (const f of files.filter((name) => /\.(html|m?js)$/.test(name))) {
    expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(
      /react-dom|jsx-runtime|react\.production/,
    );
  }
});

test('every page that carries the figure stays within 20 KB of gzipped HTML, 24 KB with a demonstration', () => {
  const carrying = sitemapPaths()
    .map((path) => ({ path, html: readFileSync(join(dist, path, 'index.html')) }))
    .filter(({ html }) => html.includes('data-body-figure'));
  expect(carrying.map((p) => p.path)).toEqual(
    expect.arrayContaining(['/', '/muscles/', '/stride/']),
  );
  expect(carrying.length).toBeGreaterThan(muscles.length + exercises.length);
  for (const { path, html } of carrying) {
    const limit = html.includes('data-demo') ? 24 : 20;
    expect(gzipSync(html).length, path).toBeLessThanOrEqual(limit * 1024);
  }
});
