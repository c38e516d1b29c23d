import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import type { ManifestTransform } from 'workbox-build';
import type { SiteManifest } from '../../lib/page-model/manifest';
import { urls } from '../../lib/urls';
import { navigationRoute } from '../offline/navigation';
import {
  formatSize,
  MAX_FILE_SIZE,
  onlySavedPages,
  pageFile,
  PRECACHE_BUDGET,
  PRECACHE_IGNORES,
  precacheProblems,
} from '../offline/precache';

/** Served in dev at the worker's address: it removes a worker left by `astro preview` on the same port. */
const DEV_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', () => self.registration.unregister());
`;

/**
 * Generates dist/sw.js with Workbox after the Pagefind index is written: it precaches the
 * pages the page model saves offline with every style, script, asset and the search index,
 * answers other page requests from the network or, offline, with the offline page, and takes
 * over from the previous build's worker as soon as it is installed. STRIDE_PRECACHE_BUDGET
 * (bytes) replaces the budget for synthetic builds such as the build benchmark.
 */
export function serviceWorker(manifestAfterBuild: () => SiteManifest): AstroIntegration {
  return {
    name: 'stride-atlas:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not with the config: Workbox brings a bundler that dev and check never
        // use. Node's own require, as Vite's module loader is closed by the time this runs.
        const { generateSW } = createRequire(import.meta.url)(
          'workbox-build',
        ) as typeof import('workbox-build');
        const site = fileURLToPath(dir);
        const { pages, redirects } = manifestAfterBuild();
        const saved = pages.filter((p) => p.savedOffline).map((p) => p.path);
        let precached: string[] = [];
        const record: ManifestTransform = (entries) => {
          precached = entries.map((e) => e.url);
          return { manifest: entries };
        };
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*'],
          globIgnores: PRECACHE_IGNORES,
          manifestTransforms: [onlySavedPages(saved), record],
          maximumFileSizeToCacheInBytes: Number(
            process.env['STRIDE_PRECACHE_FILE_LIMIT'] ?? MAX_FILE_SIZE,
          ),
          swDest: join(site, urls.serviceWorker()),
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cacheId: 'stride-atlas',
          // A new build's worker activates at once and claims open pages; its precache
          // replaces the old one without the reader doing anything.
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // A static host serves the same file whatever the query (?q= on the search page,
          // Pagefind's ?ts= cache buster), so the saved copy answers it too.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          runtimeCaching: [navigationRoute(redirects, `/${pageFile(urls.offline())}`)],
          disableDevLogs: true,
        });
        const budget = Number(process.env['STRIDE_PRECACHE_BUDGET'] ?? PRECACHE_BUDGET);
        const problems = precacheProblems(size, warnings, budget);
        if (problems.length > 0) {
          throw new Error(`Service worker precache:\n${problems.join('\n')}`);
        }
        let gzip = 0;
        for (const file of precached) gzip += gzipSync(await readFile(join(site, file))).length;
        logger.info(
          `precache: ${count} files, ${formatSize(size)} (budget ${formatSize(budget)}), ${formatSize(gzip)} gzip to download`,
        );
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(urls.serviceWorker(), (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(DEV_WORKER);
        });
      },
    },
  };
}
