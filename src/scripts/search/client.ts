import { fewerWords, promoteNamed, type Names } from './rank';

/**
 * The site's thin layer over Pagefind's JS API. Nothing here runs until a reader shows intent
 * to search (see trigger.ts); then pagefind.js, its worker, the wasm and the index metadata
 * load, and the index chunks a query needs as it is typed.
 */

interface PagefindResult {
  id: string;
  score: number;
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
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch>;
  preload: (term: string) => Promise<void>;
  debouncedSearch: (
    term: string | null,
    options?: { filters?: Filters },
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
  /** The results whose excerpts were loaded: the first `limit`, or `more()` beyond them. */
  hits: Hit[];
  total: number;
  /** For each filter, how many results each value would leave. */
  counts: FilterCounts;
  /** Set when no page had every word: the fewer words these results are for. */
  relaxed?: string;
  /** Set when the query is too short to search yet. */
  tooShort?: true;
  /** Loads the excerpts of the next `limit` results; each result is a download. */
  more: (limit: number) => Promise<Hit[]>;
}

export type Selection = Record<string, string[]>;

/** Long enough to skip the letters of a word typed quickly, short enough to feel instant. */
const DEBOUNCE_MS = 40;
/** Shorter queries only load their index chunk, ready for the next letter. */
const MIN_QUERY = 2;

/**
 * Pagefind's search options: only those Pagefind 1.6 documents, since it warns in the
 * console about any other (it once did about `noWorker`, which 1.6 does not accept).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  // Long pages (the guide) mention everything; weigh how often a word appears less, and
  // a page's length more, so the page named after the words wins.
  ranking: {
    termSaturation: 0.8,
    pageLength: 1.0,
    termFrequency: 0.8,
    // A match in a page's other names or search words counts nearly as much as one in its
    // title; a muscle group's names count double, so naming a group finds it.
    metaWeights: { title: 5, aliases: 4, terms: 4, group: 10 },
  },
};

let pagefind: Promise<Pagefind> | undefined;
let filterIndex: Promise<unknown> | undefined;

/**
 * Loads Pagefind (its script, the wasm and the index metadata) once. Called as soon as a
 * reader shows intent to search, so the download overlaps their typing.
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // A runtime URL: the index is written after the site is bundled.
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    await api.options(PAGEFIND_OPTIONS);
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

function toFilters(selection: Selection): Filters {
  const entries = Object.entries(selection).filter(([, values]) => values.length > 0);
  return Object.fromEntries(entries.map(([key, values]) => [key, { any: values }]));
}

function toHit(data: PagefindData): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    // "Exercise · Strength · Beginner": the facts a reader scans a list for.
    type: [data.meta['type'], data.meta['kind'], data.meta['level']].filter(Boolean).join(' · '),
    excerpt: safeExcerpt(data.excerpt),
    sections: data.sub_results
      .filter((s) => s.url.includes('#'))
      .slice(0, 3)
      .map((s) => ({ title: s.title, url: s.url, excerpt: safeExcerpt(s.excerpt) })),
  };
}

const names = (data: PagefindData): Names => ({
  title: data.meta['title'] ?? '',
  type: data.meta['type'] ?? '',
  aliases: data.meta['aliases'],
  terms: data.meta['terms'],
});

/**
 * When all the words together find nothing, the best shorter query: of the queries one word
 * shorter, the one whose best result scores highest; failing that, two words shorter, and so on.
 */
async function relax(
  api: Pagefind,
  term: string,
  filters: Filters,
): Promise<{ found: PagefindSearch; relaxed: string } | undefined> {
  for (const level of fewerWords(term)) {
    let best: { found: PagefindSearch; relaxed: string } | undefined;
    for (const candidate of level) {
      const found = await api.search(candidate, { filters });
      const top = found.results[0]?.score ?? 0;
      if (top > 0 && top > (best?.found.results[0]?.score ?? 0))
        best = { found, relaxed: candidate };
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * Runs one search and loads the excerpts of the first `limit` results only (each is a
 * download). With `counts`, the filter index is loaded too, so results report how many
 * match each value.
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
  const none = async () => [];
  const filtered = Object.keys(filters).length > 0;
  if (!term && !filtered) return { hits: [], total: 0, counts: {}, more: none };
  // One letter matches half the site: fetch its index chunk, but no results or excerpts yet.
  if (term.length < MIN_QUERY && !filtered) {
    api.preload(term).catch(() => {});
    return { hits: [], total: 0, counts: {}, more: none, tooShort: true };
  }
  // Debounced, so the keystrokes of one word do not each download excerpts.
  let found = await api.debouncedSearch(term || null, { filters }, DEBOUNCE_MS);
  // Null means a newer search superseded this one.
  if (!found) return null;
  let relaxed: string | undefined;
  if (found.results.length === 0 && term.includes(' ')) {
    const retry = await relax(api, term, filters);
    if (retry) ({ found, relaxed } = retry);
  }
  const shown = relaxed ?? term;
  // Excerpts load for the results shown; of those, a page named exactly by the query leads.
  const first = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const hits = promoteNamed(shown, first, names).map(toHit);
  let loaded = limit;
  const rest = found.results;
  const more = async (count: number) => {
    const next = rest.slice(loaded, loaded + count);
    loaded += next.length;
    return (await Promise.all(next.map((r) => r.data()))).map(toHit);
  };
  return {
    hits,
    total: found.results.length,
    counts: found.filters,
    ...(relaxed !== undefined && { relaxed }),
    more,
  };
}
