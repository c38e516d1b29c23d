import { getCollection, type CollectionEntry } from 'astro:content';
import { getPages } from '../page-model/site-pages';
import { ContentError } from '../content/content-error';
import {
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
}

let pages: Promise<CitingPage[]> | undefined;

/** The pages of the page model that carry citations: muscle groups, exercises, programs, the guide. */
export function citingPages(): Promise<CitingPage[]> {
  pages ??= getPages().then((list) =>
    list.flatMap((page): CitingPage[] => {
      if (page.kind === 'program') {
        const { entry } = page.program;
        return [
          {
            url: page.path,
            title: page.title,
            file: entry.filePath ?? entry.id,
            claims: programClaims(entry.data),
            body: entry.body ?? '',
          },
        ];
      }
      if (page.kind !== 'muscle' && page.kind !== 'exercise' && page.kind !== 'guide') return [];
      const { entry } = page;
      const claims =
        page.kind === 'muscle'
          ? muscleClaims(page.entry.data)
          : page.kind === 'exercise'
            ? exerciseClaims(page.entry.data)
            : [];
      return [
        {
          url: page.path,
          title: page.title,
          file: entry.filePath ?? entry.id,
          claims,
          body: entry.body ?? '',
        },
      ];
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
      for (const claim of page.claims) {
        if (claim.ids.length === 0) {
          throw new ContentError(page.file, `sources.${claim.key}`, 'this claim cites no source');
        }
      }
      return pageCitations(page.claims, page.body).map((ref) => {
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
