/**
 * Every internal URL on the site comes from here, so a route change is one edit and a
 * component can never link to a path that is not built. All paths end in a slash, matching
 * `trailingSlash: 'always'`.
 */
import type { Facet } from './graph/facets';
import type { ProgramFacet } from './programs/facets';

export const urls = {
  home: () => '/',
  guide: () => '/guide/',
  muscles: () => '/muscles/',
  muscle: (id: string) => `/muscles/${id}/`,
  stride: () => '/stride/',
  exercises: () => '/exercises/',
  exercise: (id: string) => `/exercises/${id}/`,
  exerciseFacet: (facet: Facet, value: string) => `/exercises/${facet}/${value}/`,
  complaints: () => '/complaints/',
  complaint: (id: string) => `/complaints/${id}/`,
  programs: () => '/programs/',
  program: (id: string) => `/programs/${id}/`,
  /** A static filtered list of programs: /programs/level/beginner/, /programs/weeks/8/. */
  programFacet: (facet: ProgramFacet, value: string) => `/programs/${facet}/${value}/`,
  search: () => '/search/',
  sources: () => '/sources/',
  /** A source's entry on the sources page. */
  source: (id: string) => `/sources/#${id}`,
  notFound: () => '/404/',
  /** What the service worker shows for an address it has not saved, while offline. */
  offline: () => '/offline/',
  serviceWorker: () => '/sw.js',
  sitemap: () => '/sitemap-index.xml',
  /** The shared shapes of the demonstration figures, one cached SVG sprite. */
  demoSprite: () => '/demo/figure.svg',
  /** The stride view's runner: its motion and when each muscle group lights up. */
  runnerStyles: () => '/demo/runner.css',
  /** An exercise's demonstration animation (its pose numbers as CSS keyframes). */
  demoStyles: (id: string) => `/demo/${id}.css`,
  /** An exercise's end pose as a small standalone image, for the rows of a program. */
  demoStill: (id: string) => `/demo/still/${id}.svg`,
  /** The social card of a page: /og/muscles/glutes.png, /og/index.png for the home page. */
  socialCard: (pagePath: string) => `/og/${pagePath.replace(/^\/|\/$/g, '') || 'index'}.png`,
} as const;

/** Appends a fragment to a path, for links to a section of a page. */
export function withHash(path: string, id: string): string {
  return `${path}#${id}`;
}
