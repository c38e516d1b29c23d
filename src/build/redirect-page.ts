import type { AliasRedirect } from '../lib/page-model/aliases';
import { SITE, pageTitle } from '../lib/site';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The static page left at an alias path: it refreshes to the canonical page at once, names
 * it as canonical for crawlers, and still reads as a page with a link for anyone it reaches.
 */
export function redirectPage(redirect: AliasRedirect, site: URL): string {
  const to = escape(redirect.to);
  const name = escape(redirect.name);
  const canonical = escape(new URL(redirect.to, site).href);
  return `<!doctype html>
<html lang="${SITE.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(pageTitle(redirect.name))}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>${name}</h1>
<p>This address is another name for <a href="${to}">${name}</a>.</p>
</main>
</body>
</html>
`;
}

/** The _redirects file read by Netlify, Cloudflare Pages and others: real 301s. */
export function redirectsFile(redirects: readonly AliasRedirect[]): string {
  const lines = redirects.flatMap((r) => [
    `${r.from} ${r.to} 301`,
    `${r.from.replace(/\/$/, '')} ${r.to} 301`,
  ]);
  return `${lines.join('\n')}\n`;
}
