import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readSources } from '../../lib/evidence/source-files';
import { citeLabel } from '../../lib/evidence/format';
import { RESULT_TYPES } from '../../lib/search/attributes';
import { urls } from '../../lib/urls';

/** Pagefind's own UI bundles: the site has its own interface on the JS API. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  }
}

/**
 * Builds the Pagefind search index as the last step of `astro build`, and serves the last
 * build's index under `astro dev`, so search works in both without a separate command.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: string;
  return {
    name: 'stride-atlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const created = await pagefind.createIndex({ forceLanguage: 'en' });
        check('createIndex', created);
        if (!created.index) throw new Error('Pagefind returned no index');
        const added = await created.index.addDirectory({ path: site });
        check('addDirectory', added);
        if (added.page_count === 0) throw new Error('Pagefind indexed no pages');
        // Each source is its own result, pointing at its entry on the sources page.
        for (const source of readSources()) {
          const s = source as unknown as Record<string, string>;
          const record = await created.index.addCustomRecord({
            url: urls.source(source.id),
            content: `${s['title']}. ${s['authors']}. ${s['venue']}. ${s['says'] ?? ''}`,
            language: 'en',
            meta: {
              title: `${citeLabel({ authors: s['authors'] ?? '', year: Number(s['year']) })}: ${s['title']}`,
              type: RESULT_TYPES.source,
              summary: s['says'] ?? '',
            },
            filters: { type: ['source'] },
          });
          check('addCustomRecord', record);
        }
        check('writeFiles', await created.index.writeFiles({ outputPath: output }));
        await pagefind.close();
        await Promise.all(UNUSED.map((file) => rm(join(output, file), { force: true })));
        logger.info(`Pagefind indexed ${added.page_count} pages into ${output}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const index = join(outDir, 'pagefind');
        if (!existsSync(join(index, 'pagefind.js'))) {
          logger.warn(
            'No search index yet: search is unavailable in dev until you run `npm run build` once.',
          );
        }
        server.middlewares.use('/pagefind/', (req, res) => {
          const file = join(index, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
          if (!file.startsWith(index)) {
            res.statusCode = 400;
            res.end();
            return;
          }
          readFile(file).then(
            (body) => {
              res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
              res.end(body);
            },
            () => {
              res.statusCode = 404;
              res.end('No search index: run `npm run build` to create one.');
            },
          );
        });
      },
    },
  };
}
