import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Every heading id a reader could have shared as a link (/muscles/glutes/#anatomy), pinned in
 * e2e/pinned-section-ids.json. A shared link is a promise: an id that disappears, even when it
 * is renamed everywhere at once, breaks links already out in the world. New pages and new ids
 * are fine; a removed one fails until the list is edited in the same commit, on purpose.
 */
const pinned = JSON.parse(
  readFileSync(join(import.meta.dirname, 'pinned-section-ids.json'), 'utf8'),
) as Record<string, string[]>;

test('every pinned page still exists and still has every pinned section id', async ({
  request,
}) => {
  const missing: string[] = [];
  for (const [path, ids] of Object.entries(pinned)) {
    const response = await request.get(path);
    if (response.status() !== 200) {
      missing.push(`${path} (the page answers ${response.status()})`);
      continue;
    }
    const html = await response.text();
    // Any element may carry the id: a link only needs its target to exist.
    const present = new Set([...html.matchAll(/<[a-z][^>]*\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const id of ids) if (!present.has(id)) missing.push(`${path}#${id}`);
  }
  expect(
    missing,
    'links that would break; edit e2e/pinned-section-ids.json only on purpose',
  ).toEqual([]);
  expect(Object.keys(pinned).length).toBeGreaterThan(50);
});
