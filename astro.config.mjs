// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public origin; other hosts (previews, mirrors) set STRIDE_SITE at build time.
const site = process.env.STRIDE_SITE ?? 'https://stride-atlas.example';

export default defineConfig({
  site,
  // Broken-content fixtures and the benchmark build in their own cache, never this one.
  ...(process.env.STRIDE_CACHE_DIR ? { cacheDir: process.env.STRIDE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two content files that resolve to one id must fail the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap()],
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
