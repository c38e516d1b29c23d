/**
 * The site's thin layer over Pagefind's JS API. Nothing here runs until a reader opens
 * search; then pagefind.js, its wasm and the index chunks a query needs are fetched.
 */

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
    debounceMs?: number,
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

export interface Hit {
  url: string;
  title: string;
  type: string;
  /** Safe HTML: escaped text with <mark> around matches. */
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

export interface Outcome {
  hits: Hit[];
  total: number;
  /** For each filter, how many results each value would leave. */
  counts: FilterCounts;
}

export type Selection = Record<string, string[]>;

/** Long enough to skip the letters of a word typed quickly, short enough to feel instant. */
const DEBOUNCE_MS = 40;

/** Shown when pagefind.js cannot load; in development the usual cause is a missing build. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search is unavailable: there is no index yet. Run `npm run build` once, then reload.'
  : 'Search is unavailable: the index could not be loaded.';

let pagefind: Promise<Pagefind> | undefined;
let filterIndex: Promise<unknown> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime URL: the index is written after the site is bundled.
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The main thread is fast enough for this index and skips a second download.
    await api.options({
      noWorker: true,
      excerptLength: 22,
      // Long pages (the guide) mention everything; weigh how often a word appears less, and
      // a page's length more, so the page named after the words wins.
      ranking: {
        termSaturation: 0.8,
        pageLength: 1.0,
        termFrequency: 0.8,
        // A match in a page's other names counts nearly as much as one in its title.
        metaWeights: { title: 5, aliases: 4 },
      },
    });
    await api.init();
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Pagefind escapes page text; this keeps its <mark> tags and escapes everything else. */
export function safeExcerpt(html: string): string {
  return html
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part
            .replace(/<[^>]*>/g, '')
            .replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
    )
    .join('');
}

function toFilters(selection: Selection) {
  const entries = Object.entries(selection).filter(([, values]) => values.length > 0);
  return Object.fromEntries(entries.map(([key, values]) => [key, { any: values }]));
}

/**
 * Runs one search; `limit` caps how many results load their excerpts (each is a download).
 * With `counts`, the filter index is loaded too, so results report how many match each value.
 */
export async function search(
  query: string,
  selection: Selection,
  limit: number,
  counts = false,
): Promise<Outcome | null> {
  const api = await loadPagefind();
  if (counts) await (filterIndex ??= api.filters());
  const filters = toFilters(selection);
  const term = query.trim();
  if (!term && Object.keys(filters).length === 0) return { hits: [], total: 0, counts: {} };
  // Debounced, so the keystrokes of one word do not each download excerpts.
  const found = await api.debouncedSearch(term || null, { filters }, DEBOUNCE_MS);
  // Null means a newer search superseded this one.
  if (!found) return null;
  const hits = await Promise.all(
    found.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta['title'] ?? data.url,
        // "Exercise · Strength · Beginner": the facts a reader scans a list for.
        type: [data.meta['type'], data.meta['kind'], data.meta['level']]
          .filter(Boolean)
          .join(' · '),
        excerpt: safeExcerpt(data.excerpt),
        sections: data.sub_results
          .filter((s) => s.url.includes('#'))
          .slice(0, 3)
          .map((s) => ({ title: s.title, url: s.url, excerpt: safeExcerpt(s.excerpt) })),
      };
    }),
  );
  return { hits, total: found.results.length, counts: found.filters };
}
