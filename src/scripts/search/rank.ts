/**
 * What the site adds to Pagefind's ranking, as pure functions: a result whose name is
 * exactly what the reader typed comes first, and a query of several words that finds
 * nothing is retried with fewer.
 */

/** The names a result goes by, from its Pagefind metadata. */
export interface Names {
  title: string;
  /** "Muscle group", "Exercise" or "Guide". */
  type: string;
  /** Joined with " · ", as the build writes them. */
  aliases?: string | undefined;
  terms?: string | undefined;
}

export const GROUP_TYPE = 'Muscle group';
export const SOURCE_TYPE = 'Source';

/** Lower case, curly apostrophes straightened, no punctuation or plural "s" at word ends. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/'s$|'$/, '').replace(/(?<=[a-z]{3})s$/, ''))
    .filter(Boolean)
    .join(' ');
}

const split = (list: string | undefined) => (list ? list.split(' · ') : []);

/**
 * How exactly a result is named by the query: 3 its title, 2 one of its other names, 1 one
 * of the words people search it by, 0 none. A muscle group wins a tie, so "calf" opens the
 * calves before "Calf raise" and "shin splints" opens the shin muscles before the drills.
 */
export function nameMatch(query: string, names: Names): number {
  const q = normalize(query);
  if (!q) return 0;
  const has = (list: string[]) => list.some((name) => normalize(name) === q);
  const tier = has([names.title])
    ? 3
    : has(split(names.aliases))
      ? 2
      : has(split(names.terms))
        ? 1
        : 0;
  return tier === 0 ? 0 : tier * 2 + (names.type === GROUP_TYPE ? 1 : 0);
}

/**
 * Moves results the query names exactly to the front, best match first, and source records
 * behind pages; the rest keep their order.
 */
export function promoteNamed<T>(query: string, results: T[], names: (result: T) => Names): T[] {
  const scored = results.map((result, index) => ({
    result,
    index,
    match: nameMatch(query, names(result)),
  }));
  // A source record (a study on the sources page) never leads a page it supports.
  const source = (s: (typeof scored)[number]) => (names(s.result).type === SOURCE_TYPE ? 1 : 0);
  scored.sort((a, b) => b.match - a.match || source(a) - source(b) || a.index - b.index);
  return scored.map((s) => s.result);
}

/** At most this many words are tried in fewer-word retries (6 words make 62 subsets). */
export const MAX_RETRY_WORDS = 6;

/**
 * The shorter queries to retry when every word together finds nothing, longest first: for
 * "strong calves for hills", the three-word subsets in order, then the two-word ones, then
 * single words. Word order is kept.
 */
export function fewerWords(query: string): string[][] {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, MAX_RETRY_WORDS);
  const levels: string[][] = [];
  for (let size = words.length - 1; size >= 1; size--) {
    const level: string[] = [];
    const pick = (start: number, chosen: string[]) => {
      if (chosen.length === size) {
        level.push(chosen.join(' '));
        return;
      }
      for (let i = start; i < words.length; i++) pick(i + 1, [...chosen, words[i] as string]);
    };
    pick(0, []);
    levels.push(level);
  }
  return levels;
}
