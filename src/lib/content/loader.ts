import { glob } from 'astro/loaders';
import { ContentError } from './content-error';
import type { CollectionName } from './schemas';

/**
 * Every collection is a folder of MDX files under one content root. The root can be moved
 * with STRIDE_CONTENT_DIR so the build benchmark runs the real code path on generated content.
 */
export function contentRoot(): string {
  return process.env['STRIDE_CONTENT_DIR'] ?? './content';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id is the file name, which becomes the URL. Astro lowercases ids, so "Squat.mdx" would
 * silently share the id of "squat.mdx" and one page would shadow the other. Requiring
 * lowercase names makes every id come from exactly one file.
 */
export function idFromFileName(collection: string, file: string): string {
  const id = file.replace(/\.mdx$/, '');
  if (!ID.test(id)) {
    throw new ContentError(
      `${contentRoot()}/${collection}/${file}`,
      'file name',
      `"${id}" is not a valid id: use lowercase words joined by hyphens, like "hip-thrust", so it cannot duplicate another file's id`,
    );
  }
  return id;
}

export function contentLoader(collection: CollectionName) {
  return glob({
    pattern: '*.mdx',
    base: `${contentRoot()}/${collection}`,
    generateId: ({ entry }) => idFromFileName(collection, entry),
  });
}
