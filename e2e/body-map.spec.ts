import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';
import { frontmatter, type ExerciseMatter, type MuscleMatter } from './content';
import { pathsUnder } from './site-pages';
import { eachOf, slices } from './sweep';

const muscles = frontmatter<MuscleMatter>('muscles');
const exercises = frontmatter<ExerciseMatter>('exercises');
const nameOf = new Map(muscles.map((m) => [m.id, m.data.name]));

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
    site,
  }) => {
    await page.goto('/');
    const figure = await site.regions().evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const list = await page
      .getByRole('navigation', { name: 'Muscle groups on the body map' })
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(figure).toEqual(list);
    // Nine groups: the four primary movers and five supporting groups.
    expect(figure).toHaveLength(9);
    expect(figure.slice(0, 4)).toEqual([
      '/muscles/quadriceps/',
      '/muscles/hamstrings/',
      '/muscles/glutes/',
      '/muscles/calves/',
    ]);
    expect([...figure].sort()).toEqual(pathsUnder('/muscles/').sort());
    for (const m of muscles) {
      await expect(site.regions().and(page.getByRole('link', { name: m.data.name }))).toHaveCount(
        1,
      );
    }
  });

  for (const width of [1280, 320]) {
    test(`clicking each region opens its muscle page (${width} px wide)`, async ({
      page,
      site,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const m of muscles) {
        await page.goto('/');
        const region = site.regions(m.id);
        const { x, y } = await pointOn(region);
        await page.mouse.click(x, y);
        await expect(page).toHaveURL(`/muscles/${m.id}/`);
        await expect(page.locator('h1')).toHaveText(m.data.name);
      }
    });
  }

  test('hovering a region highlights all of its shapes, front and back', async ({ page, site }) => {
    await page.goto('/');
    const svgBox = await page.locator('.body-figure svg').boundingBox();
    const midline = (svgBox?.x ?? 0) + (svgBox?.width ?? 0) / 2;
    for (const id of ['calves', 'core', 'hip-adductors', 'foot-ankle-stabilisers']) {
      const region = site.regions(id);
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
    site,
  }) => {
    await page.goto('/');
    const hrefs = await site.regions().evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const resting = await fillOf(site.regions().first());
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

test('the home page and /muscles/ count the groups the map links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The nine muscle groups' })).toBeVisible();
  await expect(page.locator('.groups .intro')).toHaveText(
    /^\s*Four primary movers produce the force of each stride; five supporting groups/,
  );
  await page.goto('/muscles/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^The nine muscle groups .*: four primary movers and five supporting groups,/,
  );
});

test('/muscles/ carries the same interactive map', async ({ page, site }) => {
  await page.goto('/muscles/');
  await expect(site.regions()).toHaveCount(muscles.length);
  await expect(page.locator('.body-figure svg a[data-emphasis]')).toHaveCount(0);
});

for (const [i, slice] of slices(muscles, 3).entries()) {
  test(`muscle pages highlight their own group and no other, slice ${i + 1}`, async ({
    page,
    site,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (m) => `/muscles/${m.id}/`,
      async (m) => {
        await page.goto(`/muscles/${m.id}/`);
        const own = site.regions(m.id);
        await expect(own).toHaveAttribute('data-emphasis', 'current');
        await expect(own).toHaveAttribute('aria-current', 'page');
        await expect(page.locator('.body-figure svg a[data-emphasis]')).toHaveCount(1);
        const others = page.locator(`.body-figure svg a:not([data-group="${m.id}"])`);
        expect(await fillOf(own)).not.toBe(await fillOf(others.first()));
      },
    );
  });
}

for (const [i, slice] of slices(exercises).entries()) {
  test(`exercise pages highlight their primary and secondary groups, slice ${i + 1}`, async ({
    page,
    site,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (e) => `/exercises/${e.id}/`,
      async (e) => {
        await page.goto(`/exercises/${e.id}/`);
        const primary = e.data.primary;
        const secondary = e.data.secondary ?? [];
        const fills = {
          primary: new Set<string>(),
          secondary: new Set<string>(),
          rest: new Set<string>(),
        };
        for (const m of muscles) {
          const region = site.regions(m.id);
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
      },
    );
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a region is a plain link that the keyboard can follow', async ({ page, site }) => {
    await page.goto('/exercises/squat/');
    const region = site.regions('glutes');
    await region.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/muscles/glutes/');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the figures and the stride view (${scheme})`, async ({
    page,
  }) => {
    // Five pages with axe; the stride view's runner alone takes a few seconds of it.
    test.slow();
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
      const found = await axeViolations(page, { include: selector });
      expect(found.map((v) => `${path}: ${v}`)).toEqual([]);
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

/**
 * Where each group must be drawn, as an anatomy atlas places it: the view it shows on and the
 * band of body height (0 at the crown, 1 at the soles) every one of its shapes lies within.
 * Landmarks for an adult: waist about 0.38, hip joint and buttock fold 0.5, knee 0.72,
 * ankle 0.95.
 */
const PLACES: Record<string, { views: ('front' | 'back')[]; top: number; bottom: number }> = {
  // Chest to hip: abdominals and obliques in front, the lower back behind.
  core: { views: ['front', 'back'], top: 0.22, bottom: 0.55 },
  // The front of the hip, at the crease between trunk and thigh.
  'hip-flexors': { views: ['front'], top: 0.38, bottom: 0.55 },
  // The buttocks: back view, between waist and thigh.
  glutes: { views: ['back'], top: 0.38, bottom: 0.6 },
  // The front of the thigh, hip to knee.
  quadriceps: { views: ['front'], top: 0.44, bottom: 0.76 },
  // The back of the thigh, below the buttock to the knee.
  hamstrings: { views: ['back'], top: 0.48, bottom: 0.76 },
  // The back of the lower leg (its inner head shows from the front too), knee to ankle.
  calves: { views: ['back', 'front'], top: 0.68, bottom: 0.98 },
  // The front of the shin, knee to ankle.
  'ankle-dorsiflexors': { views: ['front'], top: 0.68, bottom: 0.98 },
  // The inner thigh, groin to just above the knee (adductor magnus), seen front and back.
  'hip-adductors': { views: ['front', 'back'], top: 0.44, bottom: 0.74 },
  // Tibialis posterior and the fibulars on the lower leg behind, the small muscles in the feet.
  'foot-ankle-stabilisers': { views: ['front', 'back'], top: 0.66, bottom: 1 },
};

test('each group is drawn where that muscle is on the body', async ({ site, page }) => {
  await page.goto('/muscles/');
  const drawn = await page.locator('.body-figure svg').evaluate((svg: SVGSVGElement) => {
    /** The bounding box of each closed shape ("M..." subpath) of a path, in SVG units. */
    const shapes = (d: string) =>
      d.split(/(?=M)/).map((part) => {
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        probe.setAttribute('d', part);
        svg.appendChild(probe);
        const { x, y, width, height } = probe.getBBox();
        probe.remove();
        return { x, y, width, height };
      });
    const view = svg.viewBox.baseVal;
    return {
      midline: view.x + view.width / 2,
      body: shapes(svg.querySelector('path.body')?.getAttribute('d') ?? ''),
      groups: [...svg.querySelectorAll('a[data-group]')].map((a) => ({
        id: a.getAttribute('data-group') ?? '',
        shapes: shapes(a.querySelector('path')?.getAttribute('d') ?? ''),
      })),
    };
  });
  expect(drawn.groups.map((g) => g.id).sort()).toEqual(Object.keys(PLACES).sort());
  await expect(site.regions()).toHaveCount(drawn.groups.length);

  // The figure shows the front on the left and the back on the right; each view's height
  // runs from the crown of its head to its soles.
  const viewOf = (box: { x: number; width: number }) =>
    box.x + box.width / 2 < drawn.midline ? 'front' : 'back';
  // The feet are a muscle region (foot and ankle stabilisers), not part of the plain body, so
  // the soles are found among all shapes.
  const extent = (v: 'front' | 'back') => {
    const all = [...drawn.body, ...drawn.groups.flatMap((g) => g.shapes)];
    const boxes = all.filter((b) => viewOf(b) === v);
    const top = Math.min(...boxes.map((b) => b.y));
    return { top, height: Math.max(...boxes.map((b) => b.y + b.height)) - top };
  };
  const views = { front: extent('front'), back: extent('back') };

  for (const group of drawn.groups) {
    const place = PLACES[group.id];
    if (!place) continue;
    const seen = new Set<string>();
    for (const box of group.shapes) {
      const v = viewOf(box);
      seen.add(v);
      const { top, height } = views[v];
      const from = (box.y - top) / height;
      const to = (box.y + box.height - top) / height;
      const where = `${group.id}: a shape on the ${v} view from ${from.toFixed(2)} to ${to.toFixed(2)}`;
      expect(place.views, where).toContain(v);
      expect(from, where).toBeGreaterThanOrEqual(place.top);
      expect(to, where).toBeLessThanOrEqual(place.bottom);
    }
    // Each view the atlas names shows the group.
    expect([...seen].sort(), group.id).toEqual([...place.views].sort());
  }
});
