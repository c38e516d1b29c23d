import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { AliasRedirect } from '../lib/aliases';

/**
 * Writes dist/_redirects for hosts that read one (Netlify, Cloudflare Pages), so aliases
 * answer with a real 301; the static redirect pages cover every other host.
 */
export function redirectsFile(redirects: readonly AliasRedirect[]): AstroIntegration {
  return {
    name: 'stride-atlas:redirects-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const lines = redirects.flatMap((r) => [
          `${r.from} ${r.to} 301`,
          `${r.from.replace(/\/$/, '')} ${r.to} 301`,
        ]);
        await writeFile(new URL('_redirects', dir), `${lines.join('\n')}\n`);
        logger.info(`_redirects: ${redirects.length} aliases`);
      },
    },
  };
}
