// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { aliasPages } from './src/build/integrations/alias-pages';
import { headingLinks } from './src/build/heading-links';
import { pageManifest } from './src/build/integrations/page-manifest';
import { pagefindIndex } from './src/build/integrations/pagefind';
import { securityHeaders } from './src/build/integrations/headers-file';
import { serviceWorker } from './src/build/integrations/service-worker';

// The public origin; other hosts (previews, mirrors) set STRIDE_SITE at build time.
const site = process.env.STRIDE_SITE ?? 'https://stride-atlas.example';
// The page model's facts (dates, aliases) reach the steps after rendering through this.
const pages = pageManifest();

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
  // Every h2 and h3 in any content gets a stable id and a section link.
  markdown: { processor: satteri({ hastPlugins: [headingLinks()] }) },
  integrations: [
    mdx(),
    pages.integration,
    sitemap({
      serialize(item) {
        const path = new URL(item.url).pathname;
        const page = pages.page(path);
        if (!page?.indexable) return undefined;
        return page.lastModified ? { ...item, lastmod: page.lastModified } : item;
      },
    }),
    // Pagefind first: it then reads only the real pages, not the thousands of alias pages.
    pagefindIndex(),
    // After Pagefind, whose index it precaches; before the alias pages, which it leaves out.
    serviceWorker(pages.manifest),
    aliasPages(() => pages.manifest().redirects, pages.file),
    securityHeaders(),
  ],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
