import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

/** What the build reads: a change to any of these makes dist/ stale. */
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

function newest(path: string): { file: string; mtime: number } {
  if (!existsSync(path)) return { file: path, mtime: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { file: path, mtime: stat.mtimeMs };
  let best = { file: path, mtime: 0 };
  for (const entry of readdirSync(path)) {
    const found = newest(join(path, entry));
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

/**
 * The e2e suite tests dist/, so it stops before anything starts when dist/ is missing or older
 * than a source file: a stale build passes or fails for reasons that are not in the code.
 * Playwright starts its webServer before globalSetup runs, so the config calls this when it
 * loads; a missing dist/ would otherwise surface as a preview server that cannot start.
 */
export function assertFreshDist(): void {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests.');
  }
  const builtAt = statSync(built).mtimeMs;
  const changed = SOURCES.map((s) => newest(join(root, s))).sort((a, b) => b.mtime - a.mtime)[0];
  if (changed && changed.mtime > builtAt) {
    throw new Error(
      `dist/ is older than ${relative(root, changed.file)}: run \`npm run build\` before the end-to-end tests.`,
    );
  }
}
