// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteIndex } from './src/lib/site-index';
import { aliasPages } from './src/integrations/alias-pages';
import { pagefindIndex } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/headers-file';

// The public origin; other hosts (previews, mirrors) set STRIDE_SITE at build time.
const site = process.env.STRIDE_SITE ?? 'https://stride-atlas.example';
const index = siteIndex();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Every style and script is a file of its own: no inline code, so the Content-Security-Policy
  // can be 'self' alone, the same in the meta tag and the _headers file.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // One stylesheet for the whole site: cached once, instead of a file per component.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Broken-content fixtures and the benchmark build in their own cache, never this one.
  ...(process.env.STRIDE_CACHE_DIR ? { cacheDir: process.env.STRIDE_CACHE_DIR } : {}),
  // Two content files that resolve to one id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
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
    // Pagefind first: it then reads only the real pages, not the thousands of alias pages.
    pagefindIndex(),
    aliasPages(index.redirects),
    securityHeaders(),
  ],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
