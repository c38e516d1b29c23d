import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, idFromFileName } from '../src/lib/content/loader';

export type CollectionName = 'muscles' | 'exercises' | 'guide' | 'complaints' | 'programs';
export const COLLECTIONS: readonly CollectionName[] = [
  'muscles',
  'exercises',
  'guide',
  'complaints',
  'programs',
];

export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as Astro reports it. */
  filePath: string;
  /** Frontmatter as written, not yet validated. */
  frontmatter: Record<string, unknown>;
  body: string;
}

/**
 * Reads the content folder directly, for code that runs outside the content layer: the
 * Astro config (sitemap dates, alias redirects) and the unit tests. The build itself still
 * validates everything through the collections.
 */
export function readContentFiles(root: string = contentRoot()): ContentFile[] {
  return COLLECTIONS.flatMap((collection) => {
    const dir = join(root, collection);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
        const frontmatter = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
        return {
          collection,
          id: idFromFileName(collection, file),
          filePath: join(root, collection, file),
          frontmatter: frontmatter ?? {},
          body: match?.[2] ?? text,
        };
      });
  });
}
