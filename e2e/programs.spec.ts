import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { frontmatter, type ExerciseMatter, type ProgramMatter } from './content';

/** The truth: the program and exercise files as written. */
const programs = frontmatter<ProgramMatter>('programs');
const exerciseNames = new Map(
  frontmatter<ExerciseMatter>('exercises').map((e) => [e.id, e.data.name]),
);
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const byLevelThenLength = [...programs].sort(
  (a, b) =>
    LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level) ||
    a.data.weeks - b.data.weeks ||
    a.data.name.localeCompare(b.data.name, 'en'),
);

const listed = (page: Page) => page.locator('.program-list h2').allTextContents();

test.describe('the program list and its filters', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every program, and each filter link narrows it without JavaScript', async ({
    page,
  }) => {
    await page.goto('/programs/');
    expect((await listed(page)).map((t) => t.trim())).toEqual(
      byLevelThenLength.map((p) => p.data.name),
    );
    const filters = page.getByRole('navigation', { name: 'Filter programs' });
    const cases = [
      {
        link: 'Beginner',
        path: '/programs/level/beginner/',
        keep: (p: ProgramMatter) => p.level === 'beginner',
      },
      {
        link: 'No equipment',
        path: '/programs/equipment/none/',
        keep: (p: ProgramMatter) => p.equipment.includes('none'),
      },
      { link: '8 weeks', path: '/programs/weeks/8/', keep: (p: ProgramMatter) => p.weeks === 8 },
    ];
    for (const { link, path, keep } of cases) {
      await page.goto('/programs/');
      await filters.getByRole('link', { name: new RegExp(`^${link}`) }).click();
      await expect(page).toHaveURL(path);
      const expected = byLevelThenLength.filter((p) => keep(p.data)).map((p) => p.data.name);
      expect(expected.length, link).toBeGreaterThan(0);
      expect(
        (await listed(page)).map((t) => t.trim()),
        link,
      ).toEqual(expected);
      await expect(filters.getByRole('link', { name: new RegExp(`^${link}`) })).toHaveAttribute(
        'aria-current',
        'page',
      );
    }
  });
});

test.describe('program pages', () => {
  for (const { id, data } of programs) {
    test(`${id}: every week, session and exercise of the file, in order`, async ({ page }) => {
      await page.goto(`/programs/${id}/`);
      const broken = await page
        .locator('img.still')
        .evaluateAll(
          (imgs) =>
            (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth === 0).length,
        );
      expect(broken, 'stills that failed to load').toBe(0);
      const weeks = page.locator('.program-week');
      await expect(weeks).toHaveCount(data.weeks);
      for (const week of data.plan) {
        const section = page.locator(`.program-week[data-week="${week.week}"]`);
        await expect(section.locator('h2')).toHaveText(`Week ${week.week}`);
        await expect(section.getByText('Lighter week', { exact: true })).toHaveCount(
          week.lighter ? 1 : 0,
        );
        const sessions = section.locator('.program-session');
        await expect(sessions).toHaveCount(data.sessionsPerWeek);
        for (const [i, session] of week.sessions.entries()) {
          const links = sessions.nth(i).locator('tbody .ex a');
          expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
            session.exercises.map((e) => `/exercises/${e.exercise}/`),
          );
          // Each row carries a still of its own exercise's demonstration.
          const stills = sessions.nth(i).locator('tbody .ex img.still');
          expect(await stills.evaluateAll((is) => is.map((i) => i.getAttribute('src')))).toEqual(
            session.exercises.map((e) => `/demo/still/${e.exercise}.svg`),
          );
        }
      }
    });
  }

  test('each program is an ExercisePlan with one part per session', async ({ page }) => {
    for (const { id, data } of programs) {
      await page.goto(`/programs/${id}/`);
      const blocks = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((els) => els.map((el) => JSON.parse(el.textContent ?? '{}')));
      const plan = blocks.find((b) => b['@type'] === 'ExercisePlan');
      expect(plan?.name, id).toBe(data.name);
      expect(plan?.hasPart, id).toHaveLength(data.weeks * data.sessionsPerWeek);
      expect(plan?.hasPart[0].name).toBe('Week 1, session A');
      const first = data.plan[0]?.sessions[0]?.exercises[0];
      expect(plan?.hasPart[0].workload).toContain(
        first?.rung ?? exerciseNames.get(first?.exercise ?? ''),
      );
    }
  });

  test('exercise pages link to the programs that use them, and only those', async ({ page }) => {
    const users = new Map<string, string[]>();
    for (const p of byLevelThenLength) {
      const ids = new Set(
        p.data.plan.flatMap((w) => w.sessions.flatMap((s) => s.exercises.map((e) => e.exercise))),
      );
      for (const ex of ids) users.set(ex, [...(users.get(ex) ?? []), p.data.name]);
    }
    for (const [exercise, names] of users) {
      await page.goto(`/exercises/${exercise}/`);
      const section = page.locator('section.in-programs');
      await expect(section.getByRole('heading', { name: 'In these programs' })).toBeVisible();
      expect(await section.locator('li a').allTextContents(), exercise).toEqual(names);
    }
    const unused = [...exerciseNames.keys()].find((id) => !users.has(id));
    if (unused) {
      await page.goto(`/exercises/${unused}/`);
      await expect(page.locator('section.in-programs')).toHaveCount(0);
    }
  });

  test('a program is found by search, labelled as a program', async ({ page }) => {
    const [first] = byLevelThenLength;
    await page.goto(`/search/?q=${encodeURIComponent(first?.data.name ?? '')}`);
    const hit = page.locator('.search-hit').first();
    await expect(hit).toContainText(first?.data.name ?? '');
    await expect(hit).toContainText('Program');
  });
});

test.describe('add to calendar', () => {
  const two = programs.find((p) => p.data.sessionsPerWeek === 2);

  test('the control is absent without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/programs/${two?.id}/`);
    await expect(page.getByRole('button', { name: /calendar file/ })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Add it to your calendar' })).toBeHidden();
    // The plan itself is all there.
    await expect(page.locator('.program-week')).toHaveCount(two?.data.weeks ?? -1);
    await context.close();
  });

  test('downloads an .ics that parses into one event per session on the chosen days', async ({
    page,
  }) => {
    if (!two) throw new Error('no two-session program');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.log(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`/programs/${two.id}/`);
    await page.waitForLoadState('networkidle');
    const generator = (list: string[]) => list.filter((s) => s.includes('calendar-download'));
    expect(generator(scripts), 'generator loads only when asked for').toEqual([]);

    // 4 January 2027 is a Monday; Tuesday and Thursday are the training days.
    await page.getByLabel('First day of week 1').fill('2027-01-04');
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByRole('button', { name: /calendar file/ }).click();
    await expect(page.locator('[data-calendar] [role="status"]')).toContainText(
      'Pick 2 training days',
    );

    await page.getByRole('checkbox', { name: 'Thursday' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /calendar file/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${two.id}.ics`);
    const text = readFileSync((await download.path()) ?? '', 'utf8');

    const events = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(two.data.weeks * 2);
    expect(events[0]?.startDate.toString()).toBe('2027-01-05');
    expect(events[1]?.startDate.toString()).toBe('2027-01-07');
    expect(events.at(-1)?.startDate.toString()).toBe(
      new Date(Date.UTC(2027, 0, 7 + 7 * (two.data.weeks - 1))).toISOString().slice(0, 10),
    );
    for (const e of events) expect([2, 4]).toContain(e.startDate.dayOfWeek(ICAL.Time.MONDAY));
    const first = two.data.plan[0]?.sessions[0]?.exercises[0];
    expect(events[0]?.description).toContain(exerciseNames.get(first?.exercise ?? '') ?? '?');
    expect(events[0]?.summary).toBe(`${two.data.name}: week 1, session A`);
    expect(String(events[0]?.component.getFirstPropertyValue('url'))).toMatch(
      new RegExp(`/programs/${two.id}/#week-1$`),
    );
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const loaded = generator(scripts);
    expect(loaded).toHaveLength(1);
    const chunk = await (await page.request.get(loaded[0] ?? '')).body();
    expect(gzipSync(chunk, { level: 9 }).length, 'generator size').toBeLessThanOrEqual(4096);
    expect(violations).toEqual([]);
  });
});
