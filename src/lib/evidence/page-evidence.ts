import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageOf } from '../page-model/pages';
import { getPages } from '../page-model/site-pages';
import { ContentError } from '../content/content-error';
import {
  complaintClaims,
  exerciseClaims,
  muscleClaims,
  pageCitations,
  programClaims,
  type Claim,
} from './citations';

export type SourceEntry = CollectionEntry<'sources'>;

let sources: Promise<Map<string, SourceEntry>> | undefined;

/** The bibliography, loaded once per build. */
export function getSources(): Promise<Map<string, SourceEntry>> {
  sources ??= getCollection('sources').then(
    (list) => new Map(list.sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, s])),
  );
  return sources;
}

/** A page that cites: its URL, title, content file, frontmatter claims and body. */
export interface CitingPage {
  url: string;
  title: string;
  file: string;
  claims: Claim[];
  body: string;
  /** Frontmatter claims the page renders after its body. */
  after?: Claim[];
}

let pages: Promise<CitingPage[]> | undefined;

type CitingKind = 'muscle' | 'exercise' | 'guide' | 'complaint' | 'program';
const CITING_KINDS: readonly string[] = ['muscle', 'exercise', 'guide', 'complaint', 'program'];

/** A page's frontmatter claims, split by whether they render before or after its body. */
function claimsOf(page: PageOf<CitingKind>): { before: Claim[]; after: Claim[] } {
  switch (page.kind) {
    case 'muscle':
      return { before: muscleClaims(page.entry.data), after: [] };
    case 'exercise':
      return { before: exerciseClaims(page.entry.data), after: [] };
    case 'complaint':
      return complaintClaims(page.entry.data);
    case 'program':
      return { before: programClaims(page.program.entry.data), after: [] };
    case 'guide':
      return { before: [], after: [] };
  }
}

/**
 * The pages of the page model that carry citations: muscle groups, exercises, complaints,
 * programs and the guide.
 */
export function citingPages(): Promise<CitingPage[]> {
  pages ??= getPages().then((list) =>
    list
      .filter((page): page is PageOf<CitingKind> => CITING_KINDS.includes(page.kind))
      .map((page) => {
        const { before, after } = claimsOf(page);
        const entry = page.kind === 'program' ? page.program.entry : page.entry;
        return {
          url: page.path,
          title: page.title,
          file: entry.filePath ?? entry.id,
          claims: before,
          body: entry.body ?? '',
          after,
        };
      }),
  );
  return pages;
}

export interface PageReference {
  id: string;
  number: number;
  uses: number;
  source: SourceEntry;
}

const cache = new Map<string, Promise<PageReference[]>>();

/**
 * The numbered reference list of the page at `pathname`. Fails the build, naming the file and
 * the field, when a claim has no source or a citation names an unknown source.
 */
export function pageReferences(pathname: string): Promise<PageReference[]> {
  const key = pathname.endsWith('/') ? pathname : `${pathname}/`;
  let found = cache.get(key);
  if (!found) {
    found = Promise.all([citingPages(), getSources()]).then(([all, bibliography]) => {
      const page = all.find((p) => p.url === key);
      if (!page) return [];
      for (const claim of [...page.claims, ...(page.after ?? [])]) {
        if (claim.ids.length === 0) {
          throw new ContentError(page.file, `sources.${claim.key}`, 'this claim cites no source');
        }
      }
      return pageCitations(page.claims, page.body, page.after).map((ref) => {
        const source = bibliography.get(ref.id);
        if (!source) {
          throw new ContentError(
            page.file,
            `<Cite id="${ref.id}">`,
            `no source has the id "${ref.id}" (see content/sources.yaml and content/sources-added.yaml)`,
          );
        }
        return { ...ref, source };
      });
    });
    cache.set(key, found);
  }
  return found;
}

/** For /sources/: the pages that cite each source. */
export async function citationsBySource(): Promise<Map<string, CitingPage[]>> {
  const result = new Map<string, CitingPage[]>();
  for (const page of await citingPages()) {
    for (const ref of await pageReferences(page.url)) {
      result.set(ref.id, [...(result.get(ref.id) ?? []), page]);
    }
  }
  return result;
}
