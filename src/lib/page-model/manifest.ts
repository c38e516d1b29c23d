import type { AliasRedirect } from './aliases';
import { getAliasRedirects, getPages } from './site-pages';

/**
 * What the build steps after rendering need from the page model: the sitemap's dates, the
 * pages the service worker saves, and the alias redirects. Astro's integrations run outside the content layer, so the page model
 * hands them this through one JSON file the build reads and then removes.
 */
export interface SiteManifest {
  pages: {
    path: string;
    indexable: boolean;
    savedOffline: boolean;
    lastModified?: string | undefined;
  }[];
  redirects: AliasRedirect[];
}

export async function siteManifest(): Promise<SiteManifest> {
  const [pages, redirects] = await Promise.all([getPages(), getAliasRedirects()]);
  return {
    pages: pages.map((p) => ({
      path: p.path,
      indexable: p.indexable,
      savedOffline: p.savedOffline,
      lastModified: p.lastModified?.toISOString(),
    })),
    redirects,
  };
}
