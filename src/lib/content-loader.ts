import { glob } from 'astro/loaders';

/**
 * Every collection is a folder of MDX files under one content root. The root can be moved
 * with STRIDE_CONTENT_DIR so the build benchmark runs the real code path on generated content.
 */
export function contentRoot(): string {
  return process.env['STRIDE_CONTENT_DIR'] ?? './content';
}

export function contentLoader(collection: 'muscles' | 'exercises' | 'guide') {
  return glob({ pattern: '*.mdx', base: `${contentRoot()}/${collection}` });
}
