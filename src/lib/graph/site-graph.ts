import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../content/content-error';
import { urls } from '../urls';
import { buildComplaintIndex, type ComplaintIndex } from './complaints';
import { buildGraph, type Graph } from './graph';

export type MuscleEntry = CollectionEntry<'muscles'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;
export type GuideEntry = CollectionEntry<'guide'>;
export type ComplaintEntry = CollectionEntry<'complaints'>;
export type SiteGraph = Graph<MuscleEntry, ExerciseEntry>;
export type SiteComplaints = ComplaintIndex<MuscleEntry, ExerciseEntry, ComplaintEntry>;

let graph: Promise<SiteGraph> | undefined;

/**
 * The graph of the whole site, built once per build and shared by every page, so no page
 * queries or sorts the collections itself.
 */
export function getGraph(): Promise<SiteGraph> {
  graph ??= Promise.all([getCollection('muscles'), getCollection('exercises')]).then(
    ([muscles, exercises]) => buildGraph(muscles, exercises),
  );
  return graph;
}

let complaints: Promise<SiteComplaints> | undefined;

/**
 * The complaint index, built once per build on top of the graph: each complaint's muscle
 * groups and exercises resolved, and the "helps with" links back from them.
 */
export function getComplaints(): Promise<SiteComplaints> {
  complaints ??= Promise.all([getGraph(), getCollection('complaints')]).then(([atlas, list]) =>
    buildComplaintIndex(atlas, list),
  );
  return complaints;
}

/** The site has one long-form guide; none or several is a content mistake. */
export async function getGuide(): Promise<GuideEntry> {
  const guides = await getCollection('guide');
  const [guide] = guides;
  if (!guide || guides.length > 1) {
    throw new ContentError(
      'content/guide/',
      'files',
      `expected exactly one guide, found ${guides.length}`,
    );
  }
  return guide;
}

/**
 * The content file behind a built page, so that a broken link inside an MDX body can be
 * reported against the file an author has to open.
 */
async function sourceFileFor(pathname: string): Promise<string> {
  const [graph, guide, index] = await Promise.all([getGraph(), getGuide(), getComplaints()]);
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const pages = [
    ...graph.muscles.map((e) => [urls.muscle(e.id), e.filePath] as const),
    ...graph.exercises.map((e) => [urls.exercise(e.id), e.filePath] as const),
    ...index.complaints.map((e) => [urls.complaint(e.id), e.filePath] as const),
    [urls.guide(), guide.filePath] as const,
  ];
  return pages.find(([url]) => url === path)?.[1] ?? pathname;
}

const LINK_COMPONENTS = {
  muscle: 'MuscleLink',
  exercise: 'ExerciseLink',
  complaint: 'ComplaintLink',
} as const;

/** Resolves the id given to a link component in MDX, failing the build when it is unknown. */
export async function linkTarget<K extends keyof typeof LINK_COMPONENTS>(
  kind: K,
  id: string,
  pathname: string,
): Promise<{ muscle: MuscleEntry; exercise: ExerciseEntry; complaint: ComplaintEntry }[K]> {
  const [graph, index] = await Promise.all([getGraph(), getComplaints()]);
  const lists = { muscle: graph.muscles, exercise: graph.exercises, complaint: index.complaints };
  const list: readonly { id: string }[] = lists[kind];
  const found = list.find((e) => e.id === id);
  if (!found) {
    throw new ContentError(
      await sourceFileFor(pathname),
      `<${LINK_COMPONENTS[kind]} id="${id}">`,
      `no ${kind} has the id "${id}" (known: ${list.map((e) => e.id).join(', ')})`,
    );
  }
  return found as { muscle: MuscleEntry; exercise: ExerciseEntry; complaint: ComplaintEntry }[K];
}
