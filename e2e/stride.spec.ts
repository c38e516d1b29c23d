import { expect, test } from '@playwright/test';
import { frontmatter, type MuscleMatter } from './content';

const muscles = frontmatter<MuscleMatter>('muscles');
const PHASES = ['landing', 'stance', 'push-off', 'swing'];

/** The muscle pages whose frontmatter names a phase, as the stride view should link them. */
const expected = (phase: string) =>
  muscles
    .filter((m) => m.data.stride.phases.some((p) => p.phase === phase))
    .map((m) => `/muscles/${m.id}/`)
    .sort();

test('the stride view lists, for each phase, exactly the groups whose frontmatter names it', async ({
  page,
}) => {
  await page.goto('/stride/');
  await expect(page.locator('section[data-phase]')).toHaveCount(PHASES.length);
  for (const phase of PHASES) {
    const section = page.locator(`section[data-phase="${phase}"]`);
    const links = await section
      .locator('.groups a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.sort(), phase).toEqual(expected(phase));
    // The phase's small figure highlights the same groups.
    const highlighted = await section
      .locator('svg use[data-highlight]')
      .evaluateAll((uses) => uses.map((u) => `/muscles/${u.getAttribute('data-group')}/`));
    expect(highlighted.sort(), phase).toEqual(expected(phase));
    // Each group is listed with its own words for this phase.
    for (const m of muscles) {
      const role = m.data.stride.phases.find((p) => p.phase === phase)?.role;
      if (role) await expect(section).toContainText(role);
    }
  }
});

test('the stride chart marks the same phases for every group', async ({ page }) => {
  await page.goto('/stride/');
  for (const phase of PHASES) {
    const marked = await page
      .locator(`.chart tbody tr:has(td[data-phase="${phase}"]) th a`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(marked.sort(), phase).toEqual(expected(phase));
  }
});

for (const m of muscles) {
  test(`/muscles/${m.id}/ links each of its phases to the stride view`, async ({ page }) => {
    await page.goto(`/muscles/${m.id}/`);
    const section = page.locator('section:has(#in-the-stride)');
    for (const { role } of m.data.stride.phases) {
      await expect(section.locator('li').filter({ hasText: role })).toHaveCount(1);
    }
    await section.getByRole('link', { name: /across the whole stride/ }).click();
    await expect(page).toHaveURL('/stride/');
    await page.goBack();
    const first = m.data.stride.phases[0]?.phase ?? '';
    await section.locator(`a[href="/stride/#phase-${first}"]`).click();
    await expect(page).toHaveURL(`/stride/#phase-${first}`);
    await expect(page.locator(`#phase-${first}`)).toBeInViewport();
  });
}
