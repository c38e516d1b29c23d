import { expect, test } from '@playwright/test';
import { frontmatter, type ComplaintMatter, type ExerciseMatter } from './content';
import { eachOf, slices } from './sweep';

/**
 * The complaint index in the built site, checked against the complaint files themselves: each
 * page shows its red flags first, links every muscle group and exercise it names with the
 * grade written there, and the muscle and exercise pages link back exactly where the evidence
 * supports it (any grade but "mixed").
 */
const complaints = frontmatter<ComplaintMatter>('complaints');
const exercises = frontmatter<ExerciseMatter>('exercises');
const GRADE_LABELS: Record<string, string> = {
  moderate: 'Moderate',
  limited: 'Limited',
  'expert-opinion': 'Expert opinion',
  mixed: 'Mixed',
};
const supported = (c: ComplaintMatter) =>
  c.exercises.filter((e) => e.grade !== 'mixed').map((e) => e.exercise);

test('/complaints/ links every complaint once', async ({ page }) => {
  await page.goto('/complaints/');
  const hrefs = await page
    .locator('.complaint-list > li h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(complaints.map((c) => `/complaints/${c.id}/`).sort());
});

for (const { id, data } of complaints) {
  test(`/complaints/${id}/: red flags first, then the groups and graded exercises it names`, async ({
    page,
  }) => {
    await page.goto(`/complaints/${id}/`);
    // The first h2 on the page is the red-flag section, above the body's first heading.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toBe('When to see a professional');
    expect(headings[1]).toBe('What it usually feels like');
    await expect(page.locator('section.red-flags li')).toHaveCount(data.redFlags.length);

    const groups = page.locator('section:has(#muscle-groups-involved) li > a');
    expect(await groups.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      data.muscles.map((m) => `/muscles/${m.muscle}/`),
    );

    const items = page.locator('section:has(#exercises-with-evidence) ul > li');
    await expect(items).toHaveCount(data.exercises.length);
    for (const [i, e] of data.exercises.entries()) {
      const item = items.nth(i);
      await expect(item.locator('h3 a')).toHaveAttribute('href', `/exercises/${e.exercise}/`);
      await expect(item.locator('.evidence-grade')).toHaveText(
        `Evidence: ${GRADE_LABELS[e.grade] ?? '?'}`,
      );
      // Every graded line cites at least one source from the reference list.
      await expect(item.locator('sup.cite a').first()).toHaveAttribute('href', /^#ref-/);
    }
    await expect(page.locator('section.avoid li')).toHaveCount(data.avoid.length);
  });
}

for (const [i, slice] of slices(exercises).entries()) {
  test(`exercise pages list exactly the complaints that support them, slice ${i + 1}`, async ({
    page,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (e) => `/exercises/${e.id}/`,
      async ({ id }) => {
        await page.goto(`/exercises/${id}/`);
        const expected = complaints.filter((c) => supported(c.data).includes(id)).map((c) => c.id);
        const shown = await page
          .locator('section.helps-with a[href^="/complaints/"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(shown.sort()).toEqual(expected.map((c) => `/complaints/${c}/`).sort());
      },
    );
  });
}

test('muscle pages list a complaint only when a supported exercise targets the group', async ({
  page,
}) => {
  const primary = new Map(exercises.map((e) => [e.id, e.data.primary]));
  for (const { id } of frontmatter<unknown>('muscles')) {
    const expected = complaints
      .filter(
        (c) =>
          c.data.muscles.some((m) => m.muscle === id) &&
          supported(c.data).some((e) => primary.get(e)?.includes(id)),
      )
      .map((c) => `/complaints/${c.id}/`);
    await page.goto(`/muscles/${id}/`);
    const shown = await page
      .locator('section.helps-with a[href^="/complaints/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown.sort(), id).toEqual(expected.sort());
  }
});

test('everyday words redirect to the complaint', async ({ page }) => {
  for (const [alias, target] of [
    ['/complaints/shin-splints/', '/complaints/shin-pain/'],
    ['/complaints/it-band/', '/complaints/iliotibial-band-pain/'],
    ['/complaints/plantar-fasciitis/', '/complaints/plantar-heel-pain/'],
  ] as const) {
    await page.goto(alias);
    await expect(page).toHaveURL(target);
  }
});
