import { gitDates } from '../../build/git-dates';
import { contentRoot } from '../content/loader';
import { getComplaints, getGraph, getGuide } from '../graph/site-graph';
import { getPrograms } from '../programs/site-programs';
import { aliasRedirects, type AliasRedirect } from './aliases';
import { buildPages, type Page, type PageKind, type PageOf } from './pages';

let pages: Promise<Page[]> | undefined;

/** Every page of the site, computed once per build from the validated content. */
export function getPages(): Promise<Page[]> {
  pages ??= Promise.all([getGraph(), getGuide(), getComplaints(), getPrograms()]).then(
    ([graph, guide, complaints, programs]) =>
      buildPages(graph, guide, complaints, programs, gitDates(contentRoot())),
  );
  return pages;
}

/** The pages of one kind, typed for it. */
export async function pagesOf<K extends PageKind>(kind: K): Promise<PageOf<K>[]> {
  return (await getPages()).filter((p): p is PageOf<K> => p.kind === kind);
}

/** The one page of a kind that has exactly one (home, guide, stride, ...). */
export async function pageOf<K extends PageKind>(kind: K): Promise<PageOf<K>> {
  const [only, ...more] = await pagesOf(kind);
  if (!only || more.length > 0) throw new Error(`expected one "${kind}" page`);
  return only;
}

/**
 * `getStaticPaths` for a route with one page per entry, in the shape Astro expects:
 * `{ params: { id }, props: { entry, page } }`.
 */
export async function entryPaths<K extends 'muscle' | 'exercise' | 'complaint'>(kind: K) {
  return (await pagesOf(kind)).map((page) => {
    const { entry } = page as PageOf<'muscle' | 'exercise' | 'complaint'>;
    return { params: { id: entry.id }, props: { entry: entry as PageOf<K>['entry'], page } };
  });
}

/** Friendly alias paths for every muscle, exercise and complaint, from the validated entries. */
export async function getAliasRedirects(): Promise<AliasRedirect[]> {
  const [graph, index] = await Promise.all([getGraph(), getComplaints()]);
  return aliasRedirects([
    ...graph.muscles.map((m) => ({
      collection: 'muscles' as const,
      id: m.id,
      filePath: m.filePath,
      name: m.data.name,
      aliases: m.data.aliases,
    })),
    ...graph.exercises.map((e) => ({
      collection: 'exercises' as const,
      id: e.id,
      filePath: e.filePath,
      name: e.data.name,
      aliases: e.data.aliases,
    })),
    ...index.complaints.map((c) => ({
      collection: 'complaints' as const,
      id: c.id,
      filePath: c.filePath,
      name: c.data.name,
      aliases: c.data.aliases,
    })),
  ]);
}

/** The top-level pages (one step below home) that open offline: the offline page lists them. */
export async function offlineSections(): Promise<Page[]> {
  return (await getPages()).filter((p) => p.savedOffline && p.trail?.length === 0);
}
