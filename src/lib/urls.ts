/**
 * Every internal URL on the site comes from here, so a route change is one edit and a
 * component can never link to a path that is not built. All paths end in a slash, matching
 * `trailingSlash: 'always'`.
 */
import type { Facet } from './facets';

export const urls = {
  home: () => '/',
  guide: () => '/guide/',
  muscles: () => '/muscles/',
  muscle: (id: string) => `/muscles/${id}/`,
  stride: () => '/stride/',
  exercises: () => '/exercises/',
  exercise: (id: string) => `/exercises/${id}/`,
  exerciseFacet: (facet: Facet, value: string) => `/exercises/${facet}/${value}/`,
  sitemap: () => '/sitemap-index.xml',
} as const;

/** Appends a fragment to a path, for links to a section of a page. */
export function withHash(path: string, id: string): string {
  return `${path}#${id}`;
}
