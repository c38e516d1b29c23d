import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from './axe';
import { eachOf, slices } from './sweep';

/**
 * The demonstrations, checked against the content files read here with `yaml`: every
 * exercise shows its poses with exactly its own groups coloured, the animation runs only when
 * motion is welcome and stops from a checkbox without script, and the stride view's runner
 * lights each group in exactly the phases its frontmatter names.
 */

const content = join(import.meta.dirname, '..', 'content');
const matter = (file: string) =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
    string,
    unknown
  >;
const read = (folder: string) =>
  readdirSync(join(content, folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), data: matter(join(content, folder, f)) }));

const exercises = read('exercises').map(({ id, data }) => ({
  id,
  primary: (data['primary'] as string[]).slice().sort(),
  secondary: ((data['secondary'] as string[] | undefined) ?? []).slice().sort(),
  steps: (data['steps'] as string[]).length,
  frames: (
    parse(readFileSync(join(content, 'exercises', `${id}.poses.yaml`), 'utf8')) as {
      keyframes: { label: string }[];
    }
  ).keyframes.map((k) => k.label),
}));
const muscles = read('muscles').map(({ id, data }) => ({
  id,
  phases: (data['stride'] as { phases: { phase: string }[] }).phases.map((p) => p.phase),
}));
const PHASES = ['landing', 'stance', 'push-off', 'swing'] as const;
/** A moment inside each phase of the runner's cycle, as a share of it (its own table). */
const MOMENT = { landing: 0.05, stance: 0.17, 'push-off': 0.33, swing: 0.7 } as const;

const groupsOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((uses) =>
      [...new Set(uses.map((u) => u.getAttribute('data-muscle') ?? ''))].sort(),
    );

const animations = (page: Page) =>
  page.evaluate(() => document.getAnimations().map((a) => a.playState));

test('every exercise has a pose file', () => {
  expect(exercises.length).toBeGreaterThanOrEqual(20);
});

for (const [i, slice] of slices(exercises).entries()) {
  test(`exercise pages show their poses with their own groups coloured, slice ${i + 1}`, async ({
    page,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (e) => `/exercises/${e.id}/`,
      async (ex) => {
        await page.goto(`/exercises/${ex.id}/`);
        const demo = page.locator('.demonstration figure[data-demo]');
        await expect(demo).toHaveCount(1);
        const frames = demo.locator('.frames > li');
        await expect(frames).toHaveCount(ex.frames.length);
        expect(ex.frames.length).toBeGreaterThanOrEqual(2);
        await expect(frames.locator('strong')).toHaveText(ex.frames);
        for (const frame of await frames.all())
          await expect(frame.locator('svg use.o').first()).toBeAttached();
        // Strong colour for the primary groups, light for the secondary ones, nothing else.
        expect(await groupsOf(page, '.demonstration use.p')).toEqual(ex.primary);
        expect(await groupsOf(page, '.demonstration use.s')).toEqual(ex.secondary);
        // The accessible description names every frame.
        const description = await page.locator('#demo-description').textContent();
        for (const label of ex.frames) expect(description).toContain(`${label}:`);
        // Every link from a step lands on a frame of the demonstration.
        const targets = await page
          .locator('.steps a.to-frame')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(targets.length).toBeGreaterThan(0);
        expect(targets.length).toBeLessThanOrEqual(ex.steps);
        for (const href of targets)
          await expect(demo.locator(`.frames > li${href}`)).toHaveCount(1);
        // Animations run when motion is welcome.
        const states = await animations(page);
        expect(states.length).toBeGreaterThan(0);
        expect(new Set(states)).toEqual(new Set(['running']));
      },
    );
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const path of [
    '/exercises/squat/',
    '/exercises/russian-twist/',
    '/stride/',
    '/muscles/glutes/',
  ]) {
    test(`${path} runs no animation and shows still frames`, async ({ page }) => {
      await page.goto(path);
      expect(await animations(page)).toEqual([]);
      await expect(page.locator('[data-demo] .stage')).toBeHidden();
      await expect(page.locator('[data-demo] ol svg').first()).toBeVisible();
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['/exercises/lunge/', '/stride/']) {
    test(`${path}: the pause control stops every animation`, async ({ page }) => {
      await page.goto(path);
      expect(new Set(await animations(page))).toEqual(new Set(['running']));
      await page.locator('[data-demo] .pause-label').click();
      expect(new Set(await animations(page))).toEqual(new Set(['paused']));
      await page.locator('[data-demo] .pause-label').click();
      expect(new Set(await animations(page))).toEqual(new Set(['running']));
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [path, selector] of [
      ['/exercises/hip-thrust/', '.demonstration'],
      ['/stride/', '#demo-stride'],
      ['/muscles/calves/', '#demo-stride'],
    ] as const) {
      test(`${path} demonstration has no axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page, { include: selector })).toEqual([]);
      });
    }
  });
}

/** Groups whose frontmatter names the phase. */
const working = (phase: string, among = muscles.map((m) => m.id)) =>
  muscles
    .filter((m) => among.includes(m.id) && m.phases.includes(phase))
    .map((m) => m.id)
    .sort();

/** The groups lit on the animated runner at a share of its cycle, from the computed fill. */
async function litAt(page: Page, share: number): Promise<string[]> {
  return page.evaluate((share) => {
    const anims = document.getAnimations();
    for (const a of anims) {
      a.pause();
      const duration = Number(a.effect?.getComputedTiming().duration ?? 0);
      a.currentTime = duration * share;
    }
    const active = getComputedStyle(document.documentElement)
      .getPropertyValue('--color-figure-active')
      .trim();
    const probe = document.createElement('span');
    probe.style.color = active;
    document.body.append(probe);
    const lit = getComputedStyle(probe).color;
    probe.remove();
    const on = [...document.querySelectorAll('#demo-stride .fig-moving use.g')]
      .filter((u) => getComputedStyle(u).fill === lit)
      .map((u) => u.getAttribute('data-muscle') ?? '');
    return [...new Set(on)].sort();
  }, share);
}

test('the stride runner lights exactly the groups working in each phase', async ({ page }) => {
  await page.goto('/stride/');
  for (const phase of PHASES) {
    const moment = page.locator(`#moment-${phase}`);
    expect(await groupsOf(page, `#moment-${phase} use.p`), `still ${phase}`).toEqual(
      working(phase),
    );
    await expect(moment.getByRole('link')).toHaveAttribute('href', `#phase-${phase}`);
    // Each phase section links back to its moment.
    await expect(
      page.locator(`section[data-phase="${phase}"] a[href="#moment-${phase}"]`),
    ).toHaveCount(1);
    expect(await litAt(page, MOMENT[phase]), `animated ${phase}`).toEqual(working(phase));
  }
});

for (const [i, slice] of slices(muscles, 3).entries()) {
  test(`muscle pages light their group on the small runner in its phases, slice ${i + 1}`, async ({
    page,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (m) => `/muscles/${m.id}/`,
      async (m) => {
        await page.goto(`/muscles/${m.id}/`);
        await expect(page.locator('#demo-stride')).toHaveAttribute('data-lit', m.id);
        // Each moment links to the same moment on the stride view.
        await expect(page.locator('#moment-swing a')).toHaveAttribute(
          'href',
          '/stride/#moment-swing',
        );
        for (const phase of PHASES) {
          expect(await groupsOf(page, `#moment-${phase} use.p`), phase).toEqual(
            working(phase, [m.id]),
          );
          expect(await litAt(page, MOMENT[phase]), `animated ${phase}`).toEqual(
            working(phase, [m.id]),
          );
        }
      },
    );
  });
}

test.describe('pictures', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 900, height: 900 } });
  for (const ex of exercises) {
    test(`${ex.id} frames`, async ({ page }) => {
      await page.goto(`/exercises/${ex.id}/`);
      await expect(page.locator('.demonstration .frames')).toHaveScreenshot(`${ex.id}.png`, {
        maxDiffPixelRatio: 0.01,
      });
    });
  }
  test('stride runner', async ({ page }) => {
    await page.goto('/stride/');
    await expect(page.locator('#demo-stride .moments')).toHaveScreenshot('stride-moments.png', {
      maxDiffPixelRatio: 0.01,
    });
  });
});

test.describe('the animated stride runner', () => {
  test.use({ viewport: { width: 900, height: 900 } });
  test('at each phase', async ({ page }) => {
    await page.goto('/stride/');
    for (const phase of PHASES) {
      await litAt(page, MOMENT[phase]);
      // The animations are paused at the moment; the screenshot must not reset them.
      await expect(page.locator('#demo-stride .stage')).toHaveScreenshot(`stride-${phase}.png`, {
        maxDiffPixelRatio: 0.01,
        animations: 'allow',
      });
    }
  });
});
