import type { ManifestTransform } from 'workbox-build';

const KB = 1024;
const MB = 1024 * KB;

/**
 * What the service worker may store on a reader's device, counted as Workbox counts it: the
 * files' bytes as built (uncompressed). With 46 exercises, 9 groups, 8 complaints and 5 programs
 * the site is about 6 MB (under 2 MB gzip to download); the budget leaves room for about a third
 * more content, and a build over it fails.
 */
export const PRECACHE_BUDGET = 8 * MB;

/** The largest single file the worker saves; the largest today is a muscle page, at 82 KB. */
export const MAX_FILE_SIZE = 256 * KB;

/**
 * Files in dist/ that are never precached, as globs relative to dist/: link-preview cards,
 * files for crawlers and hosts, the Pagefind files this site never loads (its web worker, as
 * search runs on the main thread, and the wasm for pages in no known language, as every page
 * is English), and the service worker itself.
 */
export const PRECACHE_IGNORES = [
  'og/**',
  'sitemap*.xml',
  'robots.txt',
  '_headers',
  '_redirects',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
  'sw.js',
  '**/*.map',
];

/** The file a page's path is built to with `build.format: 'directory'`: "/a/b/" → "a/b/index.html". */
export function pageFile(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}

/**
 * Keeps an HTML file in the precache only when the page model saves that page offline. Alias
 * redirect pages and the 404 page are HTML too, but they are not pages of the model.
 */
export function onlySavedPages(savedPaths: readonly string[]): ManifestTransform {
  const saved = new Set(savedPaths.map(pageFile));
  const missing = [...saved];
  return (entries) => {
    const urls = new Set(entries.map((e) => e.url));
    const notBuilt = missing.filter((file) => !urls.has(file));
    if (notBuilt.length > 0) {
      throw new Error(`pages to precache were not built: ${notBuilt.join(', ')}`);
    }
    return { manifest: entries.filter((e) => !e.url.endsWith('.html') || saved.has(e.url)) };
  };
}

/**
 * Every way the precache breaks its budget. Workbox only warns about a file over
 * `maximumFileSizeToCacheInBytes` and leaves it out, which would silently break that page
 * offline, so its warnings count as problems too.
 */
export function precacheProblems(
  size: number,
  warnings: readonly string[],
  budget: number = PRECACHE_BUDGET,
): string[] {
  const problems = [...warnings];
  if (size > budget) {
    problems.push(`precache is ${formatSize(size)}, over its budget of ${formatSize(budget)}`);
  }
  return problems;
}

/** "2.4 MB", "812 KB": binary units, as the README states the budget. */
export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / KB)} KB`;
}
