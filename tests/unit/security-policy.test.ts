import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, headersFile } from '../../src/lib/security-policy';

/** The policy written out in full: any widening is a change to this string, on purpose. */
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";

describe('the Content-Security-Policy', () => {
  it('is exactly the policy in the meta tag, without frame-ancestors (ignored there)', () => {
    expect(CSP_META).toBe(POLICY);
  });

  it('adds frame-ancestors in the HTTP header', () => {
    expect(CSP_HEADER).toBe(`${POLICY}; frame-ancestors 'none'`);
  });

  it('writes _headers with the policy and its companion headers, for every path', () => {
    expect(headersFile()).toBe(
      [
        '/*',
        `  Content-Security-Policy: ${POLICY}; frame-ancestors 'none'`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        '  X-Frame-Options: DENY',
        '',
      ].join('\n'),
    );
  });
});
