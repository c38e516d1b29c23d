import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { AliasRedirect } from '../lib/aliases';
import { redirectPage, redirectsFile } from '../lib/redirect-page';

/**
 * Writes a static redirect page for every alias (/muscles/quads/ → /muscles/quadriceps/)
 * plus dist/_redirects for hosts that read one, and answers aliases with a 301 in dev.
 */
export function aliasPages(redirects: readonly AliasRedirect[]): AstroIntegration {
  let site: URL;
  return {
    name: 'stride-atlas:alias-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const redirect of redirects) {
          const folder = new URL(`.${redirect.from}`, dir);
          await mkdir(folder, { recursive: true });
          await writeFile(new URL('index.html', folder), redirectPage(redirect, site));
        }
        await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        logger.info(`${redirects.length} alias redirect pages and _redirects`);
      },
      'astro:server:setup': ({ server }) => {
        const byPath = new Map(redirects.map((r) => [r.from, r.to]));
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          const to = byPath.get(path.endsWith('/') ? path : `${path}/`);
          if (!to) return next();
          res.statusCode = 301;
          res.setHeader('Location', to);
          res.end();
        });
      },
    },
  };
}
