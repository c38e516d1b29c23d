import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot } from '../content/loader';
import { ContentError } from '../content/content-error';

/**
 * The bibliography lives in three files under content/: a verbatim copy of the shared
 * sources.yaml (a unit test keeps it equal), the sources the site's writers added under the
 * same rules, and our notes (a one-sentence summary per source, and why a background source
 * is listed). This merges them into raw entries for the `sources` collection to validate.
 */
export const SOURCE_FILES = {
  shared: 'sources.yaml',
  added: 'sources-added.yaml',
  notes: 'source-notes.yaml',
} as const;

type Raw = Record<string, unknown> & { id: string };

function readYaml(file: string): unknown {
  const path = join(contentRoot(), file);
  return existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined;
}

function entries(file: string, origin: 'shared' | 'added'): Raw[] {
  const list = readYaml(file) ?? [];
  if (!Array.isArray(list)) throw new ContentError(`content/${file}`, 'file', 'expected a list');
  return list.map((item: Raw) => ({ ...item, origin }));
}

export function readSources(): Raw[] {
  const notes = (readYaml(SOURCE_FILES.notes) ?? {}) as Record<string, Record<string, unknown>>;
  const all = [...entries(SOURCE_FILES.shared, 'shared'), ...entries(SOURCE_FILES.added, 'added')];
  const seen = new Set<string>();
  for (const entry of all) {
    if (seen.has(entry.id)) {
      throw new ContentError(
        `content/${SOURCE_FILES.added}`,
        'id',
        `"${entry.id}" is listed twice`,
      );
    }
    seen.add(entry.id);
  }
  for (const id of Object.keys(notes)) {
    if (!seen.has(id)) {
      throw new ContentError(`content/${SOURCE_FILES.notes}`, id, `no source has the id "${id}"`);
    }
  }
  return all.map((entry) => ({ ...entry, ...notes[entry.id] }));
}

/** The ids pages may cite. */
export function sourceIds(): ReadonlySet<string> {
  return new Set(readSources().map((s) => s.id));
}
