import { aliasRedirects } from './dist-files';
import { expect, test } from './fixtures';
import { frontmatter, type ExerciseMatter, type MuscleMatter } from './content';
import { eachOf, slices } from './sweep';

/**
 * What the authors wrote reaches the page. Every expectation here is computed in the test from
 * the frontmatter (parsed with `yaml`, not through src/lib), so a page that loses its steps,
 * shows a wrong dose or lists the wrong muscles fails, however consistently the build does it.
 */
const muscles = frontmatter<MuscleMatter>('muscles');
const exercises = frontmatter<ExerciseMatter>('exercises');
const muscleName = new Map(muscles.map((m) => [m.id, m.data.name]));
const exerciseName = new Map(exercises.map((e) => [e.id, e.data.name]));

/**
 * A coach's view of which groups do most of the work in each exercise, kept here and not read
 * from the content: a primary group that is anatomically wrong fails even if every page agrees
 * with the frontmatter. A new exercise needs a row here.
 */
const PRIMARY: Record<string, string[]> = {
  'a-skip': ['hip-flexors', 'calves'],
  'adductor-squeeze': ['hip-adductors'],
  // Knee-to-wall: the drill stretches the calf (soleus) and moves the ankle joint; the front
  // of the shin only sets the position.
  'ankle-mobility-drill': ['calves'],
  'back-squat': ['quadriceps', 'glutes'],
  'banded-hip-flexor-march': ['hip-flexors'],
  'bicycle-crunch': ['core'],
  'bird-dog': ['core'],
  // Long, springy strides: hip extension drives each bound, the calves spring off the ground.
  bounding: ['glutes', 'calves'],
  'bulgarian-split-squat': ['quadriceps', 'glutes'],
  'calf-raise': ['calves'],
  'calf-stretch': ['calves'],
  'copenhagen-adduction': ['hip-adductors'],
  'dead-bug': ['core'],
  // Taught as a Romanian deadlift: a hip hinge.
  deadlift: ['hamstrings', 'glutes'],
  'drop-jump': ['calves', 'quadriceps'],
  'eccentric-heel-drop': ['calves'],
  'glute-bridge': ['glutes'],
  'hamstring-curl': ['hamstrings'],
  'heel-walk': ['ankle-dorsiflexors'],
  // Uphill, the extra work is done at the hip (Roberts and Belliveau 2005).
  'hill-sprints': ['glutes', 'hamstrings'],
  'hip-flexor-stretch': ['hip-flexors'],
  'hip-thrust': ['glutes'],
  'jump-rope': ['calves'],
  'lateral-band-walk': ['glutes'],
  'leg-raise': ['core', 'hip-flexors'],
  lunge: ['quadriceps', 'glutes'],
  'mountain-climber': ['core', 'hip-flexors'],
  'nordic-hamstring-curl': ['hamstrings'],
  'pallof-press': ['core'],
  plank: ['core'],
  'pogo-hops': ['calves'],
  'russian-twist': ['core'],
  'seated-soleus-raise': ['calves'],
  'short-foot': ['foot-ankle-stabilisers'],
  // Gluteus medius and minimus: the site files them under the glutes.
  'side-lying-hip-abduction': ['glutes'],
  'side-plank': ['core'],
  // The ankle and foot keep the balance; the reach is the test, not the work.
  'single-leg-balance-reach': ['foot-ankle-stabilisers'],
  'single-leg-hops': ['calves'],
  'single-leg-romanian-deadlift': ['hamstrings', 'glutes'],
  'single-leg-squat-to-box': ['quadriceps', 'glutes'],
  'spanish-squat': ['quadriceps'],
  squat: ['quadriceps', 'glutes'],
  'step-up': ['quadriceps', 'glutes'],
  'tibialis-raise': ['ankle-dorsiflexors'],
  'toe-yoga': ['foot-ankle-stabilisers'],
  // Handles at the sides let the knees bend more than in a barbell deadlift: quads join in.
  'trap-bar-deadlift': ['glutes', 'quadriceps'],
};

/**
 * The dose as a coach says it: "3 × 8–12 reps each side, twice a week", "3 × 4–6 reps, 2–3 reps
 * in reserve, twice a week", "5 × 45 s at 70–80% effort, ...", "60–100 foot contacts, ...".
 */
function doseText(dose: ExerciseMatter['dose']): string {
  const dash = (range: string) => range.replace('-', '–');
  const side = dose.perSide ? ' each side' : '';
  const week =
    { '1': 'once a week', '2': 'twice a week' }[dose.perWeek] ??
    `${dash(dose.perWeek)} times a week`;
  if (dose.contacts !== undefined) return `${dash(dose.contacts)} foot contacts${side}, ${week}`;
  const work =
    dose.reps !== undefined ? `${dash(dose.reps)} reps` : `${dash(dose.seconds ?? '')} s`;
  const effort = dose.effort !== undefined ? ` at ${dash(dose.effort)}% effort` : '';
  const load = [
    dose.percentMax !== undefined ? `${dash(dose.percentMax)}% of 1RM` : '',
    dose.repsInReserve !== undefined ? `${dash(dose.repsInReserve)} reps in reserve` : '',
  ].filter(Boolean);
  const sets = dose.sets ?? 1;
  return [`${sets} × ${work}${side}${effort}`, ...load, week].join(', ');
}

/** The slug an alias gets in a URL: "Romanian deadlift" -> "romanian-deadlift". */
const slug = (alias: string) =>
  alias
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

test('the anatomy table covers every exercise', () => {
  expect(Object.keys(PRIMARY).sort()).toEqual(exercises.map((e) => e.id).sort());
});

for (const [i, slice] of slices(exercises).entries()) {
  test(`exercise pages show their frontmatter and the right primary groups, slice ${i + 1}`, async ({
    site,
    page,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (e) => `/exercises/${e.id}/`,
      async ({ id, data }) => {
        await page.goto(`/exercises/${id}/`);
        await expect(site.heading).toHaveText(data.name);

        // Every step, in order, and nothing else.
        // (A step may end with a link to its frame of the demonstration; its text is its own.)
        const steps = site.section('how-to-do-it').locator('ol > li');
        await expect(steps).toHaveCount(data.steps.length);
        expect(await site.ownTexts(steps)).toEqual(data.steps);

        // The dose is the entry's own text; citation marks and an evidence grade may follow it.
        expect(await site.ownText(site.fact('Dose'))).toBe(doseText(data.dose));

        // The groups it works, in the order the author wrote them, linked.
        const works = site.fact('Works').getByRole('link');
        await expect(works).toHaveText(data.primary.map((m) => muscleName.get(m) ?? m));
        expect(await site.hrefs(works)).toEqual(data.primary.map((m) => `/muscles/${m}/`));
        // ...and they are the groups a coach would name (the anatomy table above, not the file).
        const coach = (PRIMARY[id] ?? []).map((m) => muscleName.get(m) ?? m);
        expect((await works.allTextContents()).sort(), 'primary groups').toEqual(coach.sort());
        const secondary = data.secondary ?? [];
        if (secondary.length > 0) {
          const also = site.fact('Also works').getByRole('link');
          await expect(also).toHaveText(secondary.map((m) => muscleName.get(m) ?? m));
          expect(await site.hrefs(also)).toEqual(secondary.map((m) => `/muscles/${m}/`));
        } else {
          await expect(site.fact('Also works')).toHaveCount(0);
        }

        // The ladder: each rung in order, linked when it is another exercise, "here" marked once.
        const rungs = site.section('ladder').locator('ol > li');
        await expect(rungs).toHaveCount(data.ladder.length);
        for (const [i, rung] of data.ladder.entries()) {
          const item = rungs.nth(i);
          const label = rung.exercise
            ? (exerciseName.get(rung.exercise) ?? rung.exercise)
            : (rung.name ?? '');
          await expect(item.locator('.label')).toContainText(label);
          if (rung.exercise) {
            await expect(item.getByRole('link', { name: label, exact: true })).toHaveAttribute(
              'href',
              `/exercises/${rung.exercise}/`,
            );
          } else {
            await expect(item.getByRole('link')).toHaveCount(0);
          }
          if (rung.note) await expect(item).toContainText(rung.note);
          if (rung.here) await expect(item).toHaveAttribute('aria-current', 'step');
          else await expect(item).not.toHaveAttribute('aria-current');
        }

        const aliases = data.aliases ?? [];
        if (aliases.length > 0) {
          await expect(page.locator('.aliases')).toHaveText(`Also called: ${aliases.join(', ')}`);
        }
      },
    );
  });
}

test('every alias and every name is a redirect to its page', () => {
  // The redirect pages themselves are followed in sharing.spec.ts; here, the list is complete.
  const redirects = new Map(aliasRedirects().map((r) => [r.from, r.to]));
  const entries = [
    ...exercises.map((e) => ({
      folder: 'exercises',
      id: e.id,
      names: [e.data.name, ...(e.data.aliases ?? [])],
    })),
    ...muscles.map((m) => ({
      folder: 'muscles',
      id: m.id,
      names: [m.data.name, ...(m.data.aliases ?? [])],
    })),
  ];
  for (const { folder, id, names } of entries) {
    for (const name of names.filter((n) => slug(n) !== id)) {
      expect(redirects.get(`/${folder}/${slug(name)}/`), `${name} -> /${folder}/${id}/`).toBe(
        `/${folder}/${id}/`,
      );
    }
  }
});

for (const [i, slice] of slices(muscles, 3).entries()) {
  test(`muscle pages list exactly the exercises that work them, and their aliases, slice ${i + 1}`, async ({
    site,
    page,
  }) => {
    test.setTimeout(slice.length * 10000);
    await eachOf(
      slice,
      (m) => `/muscles/${m.id}/`,
      async ({ id, data }) => {
        await page.goto(`/muscles/${id}/`);
        await expect(site.heading).toHaveText(data.name);
        const expected = (level: 'primary' | 'secondary') =>
          exercises
            .filter((e) =>
              (level === 'primary' ? e.data.primary : (e.data.secondary ?? [])).includes(id),
            )
            .map((e) => `/exercises/${e.id}/`)
            .sort();
        const listed = async (section: string) =>
          [
            ...new Set(await site.hrefs(site.section(section).locator('a[href^="/exercises/"]'))),
          ].sort();

        expect(await listed('exercises'), 'exercises that target it').toEqual(expected('primary'));
        if (expected('secondary').length > 0) {
          expect(await listed('also-works'), 'exercises that also work it').toEqual(
            expected('secondary'),
          );
        } else {
          await expect(site.section('also-works')).toHaveCount(0);
        }
        const aliases = data.aliases ?? [];
        if (aliases.length > 0) {
          await expect(page.locator('.aliases')).toHaveText(`Also called: ${aliases.join(', ')}`);
        }
      },
    );
  });
}
