import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/**
 * axe-core run in the page itself. @axe-core/playwright's builder finishes every run in a fresh
 * blank page and re-injects axe into each frame: measured here at 1.7 to 4.3 s a page against
 * 0.3 to 0.8 s for the same rules run directly, which made the accessibility sweep the slowest
 * part of the suite. Our pages have no frames, so nothing is lost.
 */
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.x A and AA rule, plus axe's best practices. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules that read colours: all a second colour scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Check {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** These rules only; otherwise every rule tagged `WCAG_TAGS`. */
  rules?: string[];
}

/** Runs axe on the current page and names each violating node: `rule: target (help)`. */
export async function axeViolations(page: Page, { include, rules }: Check = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
    // Only violations are read: axe then keeps one passing node per rule, not thousands.
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    async ([selector, opts]) => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } })
        .axe;
      const found = await axe.run(selector ? { include: [[selector]] } : document, opts);
      return found.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    [include ?? null, options] as const,
  );
  return violations.flatMap((v) => v.targets.map((t) => `${v.id}: ${t} (${v.help})`));
}
