import { ContentError } from '../content/content-error';
import type { CollectionName } from '../content/schemas';
import { FACETS } from '../graph/facets';
import { urls } from '../urls';

// A program's other names are search words only: its page is found, never redirected to.
type AliasCollection = Exclude<CollectionName, 'guide' | 'programs'>;

/** Where an entry of each collection lives; an alias redirects there. */
const CANONICAL: Record<AliasCollection, (id: string) => string> = {
  muscles: urls.muscle,
  exercises: urls.exercise,
  complaints: urls.complaint,
};

export interface AliasSource {
  collection: AliasCollection;
  id: string;
  filePath?: string | undefined;
  name: string;
  aliases: readonly string[];
}

export interface AliasRedirect {
  /** The friendly path, e.g. /muscles/quads/. */
  from: string;
  /** The canonical page it lands on. */
  to: string;
  /** The name the page goes by, for the redirect notice. */
  name: string;
}

/** "Romanian deadlift" → "romanian-deadlift": the form an alias takes in a URL. */
export function aliasSlug(alias: string): string {
  return alias
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Redirects from the names people type (/muscles/quads/, /exercises/rdl/,
 * /complaints/shin-splints/) to the canonical
 * page, derived from each entry's name and aliases. A slug that is already a real page or a
 * browse folder is skipped; one claimed by two different entries fails the build, since the
 * link would land on a guess.
 */
export function aliasRedirects(sources: readonly AliasSource[]): AliasRedirect[] {
  const taken = new Set<string>([
    ...sources.map((s) => `${s.collection}/${s.id}`),
    ...FACETS.map((f) => `exercises/${f}`),
  ]);
  const owners = new Map<string, AliasSource>();
  const redirects: AliasRedirect[] = [];
  for (const source of sources) {
    for (const alias of [source.name, ...source.aliases]) {
      const slug = aliasSlug(alias);
      const key = `${source.collection}/${slug}`;
      if (!slug || taken.has(key)) continue;
      const owner = owners.get(key);
      if (owner && owner !== source) {
        throw new ContentError(
          source.filePath,
          'aliases',
          `"${alias}" would redirect /${key}/, which already points to ${owner.id}`,
        );
      }
      if (owner) continue;
      owners.set(key, source);
      redirects.push({
        from: `/${key}/`,
        to: CANONICAL[source.collection](source.id),
        name: source.name,
      });
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}
