import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { contentSchemas, type ReferenceFn } from '../../src/lib/schemas';
import { buildGraph } from '../../src/lib/graph';

/** Stands in for Astro's reference(): the same `{ collection, id }` shape, no store lookup. */
const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFn;

export const schemas = contentSchemas(reference);

const root = join(import.meta.dirname, '..', '..', 'content');

/** Reads one collection folder the way the glob loader does: id from the file name. */
function read(collection: string) {
  const dir = join(root, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      return {
        id: file.replace(/\.mdx$/, ''),
        filePath: `content/${collection}/${file}`,
        raw: parse(match[1] ?? '') as unknown,
        body: match[2] ?? '',
      };
    });
}

/** The real content, validated with the real schemas, as the graph sees it in a build. */
export function loadContent() {
  const parseWith = <S extends z.ZodType>(schema: S, collection: string) =>
    read(collection).map(({ id, filePath, raw, body }) => {
      const result = schema.safeParse(raw);
      if (!result.success) throw new Error(`${filePath}: ${z.prettifyError(result.error)}`);
      return { id, filePath, body, data: result.data as z.infer<S> };
    });
  const muscles = parseWith(schemas.muscle, 'muscles');
  const exercises = parseWith(schemas.exercise, 'exercises');
  const guides = parseWith(schemas.guide, 'guide');
  return { muscles, exercises, guides, graph: buildGraph(muscles, exercises) };
}

/** Words in an MDX body, ignoring component tags and Markdown punctuation. */
export function countWords(body: string): number {
  const text = body.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/[#*|>_`-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
