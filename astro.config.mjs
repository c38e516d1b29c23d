// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteIndex } from './src/lib/site-index';
import { redirectsFile } from './src/integrations/redirects-file';
import { pagefindIndex } from './src/integrations/pagefind';

// The public origin; other hosts (previews, mirrors) set STRIDE_SITE at build time.
const site = process.env.STRIDE_SITE ?? 'https://stride-atlas.example';
const index = siteIndex();

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Broken-content fixtures and the benchmark build in their own cache, never this one.
  ...(process.env.STRIDE_CACHE_DIR ? { cacheDir: process.env.STRIDE_CACHE_DIR } : {}),
  // Two content files that resolve to one id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  redirects: Object.fromEntries(index.redirects.map((r) => [r.from, r.to])),
  integrations: [
    mdx(),
    sitemap({
      serialize(item) {
        const path = new URL(item.url).pathname;
        if (index.isRedirect(path)) return undefined;
        const lastmod = index.lastModified(path);
        return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
      },
    }),
    redirectsFile(index.redirects),
    pagefindIndex(),
  ],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
