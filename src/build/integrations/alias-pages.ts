import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { AliasRedirect } from '../../lib/page-model/aliases';
import type { SiteManifest } from '../../lib/page-model/manifest';
import { redirectPage, redirectsFile } from '../redirect-page';

/**
 * Writes a static redirect page for every alias (/muscles/quads/ → /muscles/quadriceps/)
 * plus dist/_redirects for hosts that read one, and answers aliases with a 301 in dev.
 */
export function aliasPages(
  redirectsAfterBuild: () => readonly AliasRedirect[],
  manifestFile: string,
): AstroIntegration {
  let site: URL;
  return {
    name: 'stride-atlas:alias-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = redirectsAfterBuild();
        for (const redirect of redirects) {
          const folder = new URL(`.${redirect.from}`, dir);
          await mkdir(folder, { recursive: true });
          await writeFile(new URL('index.html', folder), redirectPage(redirect, site));
        }
        await writeFile(new URL('_redirects', dir), redirectsFile(redirects));
        logger.info(`${redirects.length} alias redirect pages and _redirects`);
      },
      'astro:server:setup': ({ server }) => {
        // In dev the page model answers over HTTP: ask it once, the first time an alias may be meant.
        let byPath: Promise<Map<string, string>> | undefined;
        const load = (host: string) =>
          fetch(`http://${host}/${manifestFile}`)
            .then((r) => r.json() as Promise<SiteManifest>)
            .then((m) => new Map(m.redirects.map((r) => [r.from, r.to])));
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!/^\/(muscles|exercises)\/[^/]+\/?$/.test(path)) return next();
          byPath ??= load(req.headers.host ?? '127.0.0.1');
          byPath.then(
            (map) => {
              const to = map.get(path.endsWith('/') ? path : `${path}/`);
              if (!to) return next();
              res.statusCode = 301;
              res.setHeader('Location', to);
              res.end();
            },
            () => next(),
          );
        });
      },
    },
  };
}
