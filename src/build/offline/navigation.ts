import type { RuntimeCaching } from 'workbox-build';
import type { AliasRedirect } from '../../lib/page-model/aliases';

type WorkboxPlugin = NonNullable<NonNullable<RuntimeCaching['options']>['plugins']>[number];
type HandlerDidError = NonNullable<WorkboxPlugin['handlerDidError']>;

/**
 * A Workbox plugin that answers an alias (/muscles/quads/) with a redirect to its page when the
 * network is out of reach, as the host's _redirects would: alias pages are not precached, the
 * pages they point at are. An address without its trailing slash goes to the slashed one.
 * Workbox copies plugins into the worker as source text, where a closure over the table would
 * be lost, so the table is written into the function's own text; it uses only worker globals.
 */
export function aliasPlugin(redirects: readonly AliasRedirect[]): WorkboxPlugin {
  const aliases = Object.fromEntries(redirects.map((r) => [r.from, r.to]));
  const body = `
    const aliases = ${JSON.stringify(aliases)};
    const url = new URL(param.request.url);
    const last = url.pathname.split('/').pop();
    const slashed = last && !last.includes('.') ? url.pathname + '/' : url.pathname;
    const to = aliases[slashed] || (slashed === url.pathname ? undefined : slashed);
    return Promise.resolve(to ? Response.redirect(new URL(to, url).href, 301) : undefined);`;
  return { handlerDidError: new Function('param', body) as HandlerDidError };
}

/**
 * How the worker answers a page it has not precached: from the network, never stored; when
 * the network fails, an alias goes to its page and anything else gets the offline page.
 * Only same-origin navigations match; requests to other origins never reach a Workbox route.
 */
export function navigationRoute(
  redirects: readonly AliasRedirect[],
  offlinePage: string,
): RuntimeCaching {
  return {
    urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
    handler: 'NetworkOnly',
    options: {
      // Plugins run in this order: the alias redirect first, then the offline page.
      plugins: [aliasPlugin(redirects)],
      precacheFallback: { fallbackURL: offlinePage },
    },
  };
}
