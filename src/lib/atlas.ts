import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './content-error';
import { buildGraph, type Graph } from './graph';
import { loadArtwork } from './body-artwork';
import { buildBodyMap, type BodyMap } from './body-map';

export type MuscleEntry = CollectionEntry<'muscles'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;
export type GuideEntry = CollectionEntry<'guide'>;
export type Atlas = Graph<MuscleEntry, ExerciseEntry>;

let atlas: Promise<Atlas> | undefined;

/**
 * The graph of the whole site, built once per build and shared by every page, so no page
 * queries or sorts the collections itself.
 */
export function getAtlas(): Promise<Atlas> {
  atlas ??= Promise.all([getCollection('muscles'), getCollection('exercises')]).then(
    ([muscles, exercises]) => buildGraph(muscles, exercises),
  );
  return atlas;
}

let bodyMap: Promise<BodyMap> | undefined;

/** The body figure for the site's muscle groups, built once; a group it cannot draw fails the build. */
export function getBodyMap(): Promise<BodyMap> {
  bodyMap ??= Promise.all([getAtlas(), loadArtwork()]).then(([graph, artwork]) =>
    buildBodyMap(graph.muscles, artwork),
  );
  return bodyMap;
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
  const [atlas, guide] = await Promise.all([getAtlas(), getGuide()]);
  const pages = [...atlas.muscles, ...atlas.exercises, guide];
  const entry = pages.find((e) => pathname.replace(/\/$/, '').endsWith(`/${e.id}`));
  return entry?.filePath ?? pathname;
}

/** Resolves the id given to a link component in MDX, failing the build when it is unknown. */
export async function linkTarget(
  kind: 'muscle' | 'exercise',
  id: string,
  pathname: string,
): Promise<MuscleEntry | ExerciseEntry> {
  const atlas = await getAtlas();
  const list = kind === 'muscle' ? atlas.muscles : atlas.exercises;
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
