/**
 * Registers the service worker that saves the site for reading offline. It waits for the
 * page to load so its downloads never compete with the page's own. Offline reading is an
 * extra: where the worker cannot register (private modes, blocked by the browser), the site
 * works as before, so a failure is not reported.
 */

// urls.serviceWorker(), written out: importing urls.ts would ship every URL to every page.
const WORKER = '/sw.js';

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(WORKER).catch(() => undefined);
  });
}
