import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');

/**
 * Every page the sitemap lists, as a path on the preview server. Tests loop over this, so a
 * new page is covered the moment it is built, without a new test.
 */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  return files.flatMap((file) => {
    const xml = readFileSync(join(dist, file), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  });
}

/** Paths of one section of the site, e.g. every muscle page. */
export function pathsUnder(prefix: string): string[] {
  return sitemapPaths().filter(
    (p) =>
      p.startsWith(prefix) && p !== prefix && p.split('/').length === prefix.split('/').length + 1,
  );
}
