import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../content/content-error';
import { buildGraph, type Graph } from './graph';

export type MuscleEntry = CollectionEntry<'muscles'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;
export type GuideEntry = CollectionEntry<'guide'>;
export type SiteGraph = Graph<MuscleEntry, ExerciseEntry>;

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
  const [graph, guide] = await Promise.all([getGraph(), getGuide()]);
  const pages = [...graph.muscles, ...graph.exercises, guide];
  const entry = pages.find((e) => pathname.replace(/\/$/, '').endsWith(`/${e.id}`));
  return entry?.filePath ?? pathname;
}

/** Resolves the id given to a link component in MDX, failing the build when it is unknown. */
export async function linkTarget(
  kind: 'muscle' | 'exercise',
  id: string,
  pathname: string,
): Promise<MuscleEntry | ExerciseEntry> {
  const graph = await getGraph();
  const list = kind === 'muscle' ? graph.muscles : graph.exercises;
  const found = list.find((e) => e.id === id);
  if (!found) {
    const component = kind === 'muscle' ? 'MuscleLink' : 'ExerciseLink';
    throw new ContentError(
      await sourceFileFor(pathname),
      `<${component} id="${id}">`,
      `no ${kind} has the id "${id}" (known: ${list.map((e) => e.id).join(', ')})`,
    );
  }
  return found;
}
