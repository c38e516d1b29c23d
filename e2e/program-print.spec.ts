import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  frontmatter,
  type ExerciseMatter,
  type ProgramItemMatter,
  type ProgramMatter,
} from './content';

/**
 * Prints every program to PDF in Chromium, at A4 and at US Letter, and reads the text back
 * page by page: one page per week, each holding its own week's rows whole and nothing of
 * another week. The expected rows come from the program files, not from the build.
 */
const programs = frontmatter<ProgramMatter>('programs');
const names = new Map(frontmatter<ExerciseMatter>('exercises').map((e) => [e.id, e.data.name]));

const dash = (range: string) => range.replace('-', '–');
/** The part of a row's dose the file fixes: "3 × 8–10" or "40–60 foot contacts". */
const doseText = (item: ProgramItemMatter) =>
  item.contacts !== undefined
    ? `${dash(item.contacts)} foot contacts`
    : `${item.sets} × ${dash(item.reps ?? item.seconds ?? '')}`;

/** Text of each PDF page, with all whitespace removed so ligatures and wrapping do not matter. */
async function pagesOf(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push(text.replace(/\s+/g, ''));
  }
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');

for (const format of ['A4', 'Letter'] as const) {
  for (const { id, data } of programs) {
    test(`${id} prints one ${format} page per week with no row split`, async ({ page }) => {
      await page.goto(`/programs/${id}/`);
      const pages = await pagesOf(await page.pdf({ format }));
      test
        .info()
        .annotations.push({ type: 'pages', description: `${id} ${format}: ${pages.length}` });
      expect(pages, `${id} at ${format}`).toHaveLength(data.weeks);
      for (const week of data.plan) {
        const text = pages[week.week - 1] ?? '';
        expect(text).toContain(squash(`${data.name} · week ${week.week} of ${data.weeks}`));
        // Nothing of the site around the plan: no header, footer or references.
        expect(text).not.toContain(squash('Skip to content'));
        expect(text).not.toContain('References');
        // Every row of the week, whole and in order: name, then its dose, before the next row.
        let from = 0;
        for (const session of week.sessions) {
          for (const item of session.exercises) {
            const name = squash(names.get(item.exercise) ?? item.exercise);
            const at = text.indexOf(name, from);
            expect(at, `week ${week.week}: ${item.exercise}`).toBeGreaterThanOrEqual(0);
            const dose = text.indexOf(squash(doseText(item)), at);
            expect(dose, `week ${week.week}: ${item.exercise} ${doseText(item)}`).toBeGreaterThan(
              at,
            );
            from = dose;
          }
        }
        // The next week's title is not on this page.
        if (week.week < data.weeks) {
          expect(text).not.toContain(squash(`week ${week.week + 1} of ${data.weeks}`));
        }
      }
    });
  }
}
