import { expect, test } from '@playwright/test';

/**
 * A sweep's pages split into a few even slices, one test each. Opening a browser context costs
 * more than checking a page, so a sweep of a hundred pages runs as a handful of long tests that
 * reuse one page.
 */
export function slices<T>(items: readonly T[], count = 8): T[][] {
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs `check` on each item as a named step. A failing item does not stop the others: the test
 * fails at the end, listing every item that failed with its error.
 */
export async function eachOf<T>(
  items: readonly T[],
  name: (item: T) => string,
  check: (item: T) => Promise<void>,
): Promise<void> {
  const failures: string[] = [];
  for (const item of items) {
    await test.step(name(item), async () => {
      try {
        await check(item);
      } catch (error) {
        failures.push(`${name(item)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  expect(failures, 'failed').toEqual([]);
}
