import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', 'content');

/**
 * The frontmatter of every file in a content folder, read straight from the source files, so
 * the tests compare the built pages against what the authors wrote, not against the build.
 */
export function frontmatter<T>(collection: 'muscles' | 'exercises'): { id: string; data: T }[] {
  const dir = join(root, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
      return { id: file.replace(/\.mdx$/, ''), data: parse(yaml) as T };
    });
}

export interface MuscleMatter {
  name: string;
  stride: { phases: { phase: string; role: string }[] };
}

export interface ExerciseMatter {
  name: string;
  primary: string[];
  secondary?: string[];
}
