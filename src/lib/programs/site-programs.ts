import { getCollection, type CollectionEntry } from 'astro:content';
import { getGraph, type ExerciseEntry } from '../graph/site-graph';
import { buildProgramIndex, type Program, type ProgramIndex } from './program-index';

export type ProgramEntry = CollectionEntry<'programs'>;
export type SiteProgram = Program<ProgramEntry, ExerciseEntry>;
export type SiteProgramIndex = ProgramIndex<ProgramEntry, ExerciseEntry>;

let index: Promise<SiteProgramIndex> | undefined;

/**
 * Every program, validated against the exercises and resolved once per build; the first
 * broken program stops the build with its file and week.
 */
export function getPrograms(): Promise<SiteProgramIndex> {
  index ??= Promise.all([getCollection('programs'), getGraph()]).then(([programs, graph]) =>
    buildProgramIndex(programs, graph.exercises),
  );
  return index;
}
