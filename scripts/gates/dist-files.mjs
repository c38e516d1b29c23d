// Shared by the dist gates: every file of the build, and its HTML pages as URL paths.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(import.meta.dirname, '..', '..', 'dist');

export function distFiles(dir = dist) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? distFiles(full) : [full];
  });
}

/** "/muscles/glutes/" for dist/muscles/glutes/index.html, "/404.html" for dist/404.html. */
export function urlPathOf(file) {
  const rel = relative(dist, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}
