import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../lib/security-policy';

/** Writes dist/_headers: the security headers, from the same policy as the pages' meta tag. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'stride-atlas:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
