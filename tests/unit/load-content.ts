import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentSchemas, type ReferenceFn } from '../../src/lib/content/schemas';
import { buildComplaintIndex } from '../../src/lib/graph/complaints';
import { buildGraph } from '../../src/lib/graph/graph';
import { buildProgramIndex } from '../../src/lib/programs/program-index';
import { readContentFiles } from '../read-content';
import { readSources } from '../../src/lib/evidence/source-files';

/** Stands in for Astro's reference(): the same `{ collection, id }` shape, no store lookup. */
const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFn;

/** Every source id pages may cite, from the real bibliography files. */
export const sources = readSources();
export const schemas = contentSchemas(reference, new Set(sources.map((s) => s.id)));

/** The real content, validated with the real schemas, as the graph sees it in a build. */
export function loadContent() {
  const files = readContentFiles(join(import.meta.dirname, '..', '..', 'content'));
  const parseWith = <S extends z.ZodType>(schema: S, collection: string) =>
    files
      .filter((f) => f.collection === collection)
      .map(({ id, filePath, frontmatter, body }) => {
        const result = schema.safeParse(frontmatter);
        if (!result.success) throw new Error(`${filePath}: ${z.prettifyError(result.error)}`);
        return { id, filePath, body, data: result.data as z.infer<S> };
      });
  const muscles = parseWith(schemas.muscle, 'muscles');
  const exercises = parseWith(schemas.exercise, 'exercises');
  const guides = parseWith(schemas.guide, 'guide');
  const complaints = parseWith(schemas.complaint, 'complaints');
  const programs = parseWith(schemas.program, 'programs');
  const graph = buildGraph(muscles, exercises);
  return {
    muscles,
    exercises,
    guides,
    complaints,
    programs,
    graph,
    index: buildComplaintIndex(graph, complaints),
    programIndex: buildProgramIndex(programs, graph.exercises),
  };
}

/** Words in an MDX body, ignoring component tags and Markdown punctuation. */
export function countWords(body: string): number {
  const text = body.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/[#*|>_`-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
