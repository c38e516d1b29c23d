/**
 * The Content-Security-Policy. The site has no inline script or style (see astro.config),
 * so 'self' covers everything; Pagefind needs 'wasm-unsafe-eval' to compile its wasm. One
 * definition feeds the <meta> tag on every page and the _headers file for static hosts.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

const serialize = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** For the <meta> tag: browsers ignore frame-ancestors there, so it is left out. */
export const CSP_META = serialize(DIRECTIVES);

/** For the HTTP header, which can also forbid framing. */
export const CSP_HEADER = serialize({ ...DIRECTIVES, 'frame-ancestors': ["'none'"] });

/** The _headers file (Netlify, Cloudflare Pages and others): the policy and its companions. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}
