import { describe, expect, it } from 'vitest';
import { aliasPlugin, navigationRoute } from '../../src/build/offline/navigation';
import {
  formatSize,
  onlySavedPages,
  pageFile,
  precacheProblems,
} from '../../src/build/offline/precache';

const redirects = [
  { from: '/muscles/quads/', to: '/muscles/quadriceps/', name: 'Quadriceps' },
  { from: '/exercises/air-squat/', to: '/exercises/squat/', name: 'Squat' },
];

/**
 * The plugin as the worker gets it: Workbox writes each callback into sw.js as source text,
 * so the test rebuilds the function from its text alone, without any closure.
 */
function asWritten(): (param: { request: Request }) => Promise<Response | undefined> {
  const callback = aliasPlugin(redirects).handlerDidError;
  return new Function(`return (${String(callback)});`)();
}

const offlineRedirect = async (url: string) => {
  const response = await asWritten()({ request: new Request(url) });
  return response && { status: response.status, location: response.headers.get('Location') };
};

describe('offline navigation', () => {
  it('sends an alias to its page, with or without the trailing slash', async () => {
    expect(await offlineRedirect('https://site.test/muscles/quads/')).toEqual({
      status: 301,
      location: 'https://site.test/muscles/quadriceps/',
    });
    expect(await offlineRedirect('https://site.test/exercises/air-squat?x=1')).toEqual({
      status: 301,
      location: 'https://site.test/exercises/squat/',
    });
  });

  it('adds the missing trailing slash to any other page, and leaves the rest alone', async () => {
    expect(await offlineRedirect('https://site.test/guide')).toEqual({
      status: 301,
      location: 'https://site.test/guide/',
    });
    // No answer: the offline page, the next plugin, takes over.
    expect(await offlineRedirect('https://site.test/exercises/unknown/')).toBeUndefined();
    expect(await offlineRedirect('https://site.test/sitemap-index.xml')).toBeUndefined();
    expect(await offlineRedirect('https://site.test/')).toBeUndefined();
  });

  it('matches only page requests to the site itself, stores nothing, falls back to the offline page', () => {
    const route = navigationRoute(redirects, '/offline/index.html');
    const match = route.urlPattern as (o: {
      request: { mode: string };
      sameOrigin: boolean;
    }) => boolean;
    expect(match({ request: { mode: 'navigate' }, sameOrigin: true })).toBe(true);
    expect(match({ request: { mode: 'navigate' }, sameOrigin: false })).toBe(false);
    expect(match({ request: { mode: 'cors' }, sameOrigin: true })).toBe(false);
    expect(route.handler).toBe('NetworkOnly');
    expect(route.options?.precacheFallback).toEqual({ fallbackURL: '/offline/index.html' });
    expect(route.options?.cacheName).toBeUndefined();
    expect(route.options?.expiration).toBeUndefined();
  });
});

describe('precache', () => {
  it('maps a page path to the file the directory format builds', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/exercises/kind/strength/')).toBe('exercises/kind/strength/index.html');
  });

  it('keeps the saved pages and every non-HTML file, and drops other HTML', async () => {
    const entry = (url: string) => ({ url, revision: 'r', size: 1 });
    const entries = [
      'index.html',
      'guide/index.html',
      'muscles/quads/index.html',
      '404.html',
      '_astro/style.css',
      'pagefind/pagefind.js',
    ].map(entry);
    const result = await onlySavedPages(['/', '/guide/'])(entries);
    expect(result.manifest.map((e) => e.url)).toEqual([
      'index.html',
      'guide/index.html',
      '_astro/style.css',
      'pagefind/pagefind.js',
    ]);
  });

  it('fails when a page to save was not built', () => {
    const transform = onlySavedPages(['/', '/programs/']);
    expect(() => transform([{ url: 'index.html', revision: 'r', size: 1 }])).toThrow(
      'programs/index.html',
    );
  });

  it('reports a precache over budget and every Workbox warning', () => {
    expect(precacheProblems(1000, [], 1000)).toEqual([]);
    expect(precacheProblems(3 * 1024 * 1024, [], 2 * 1024 * 1024)).toEqual([
      'precache is 3.0 MB, over its budget of 2.0 MB',
    ]);
    expect(
      precacheProblems(10, ['guide/index.html is 300 kB, and won\u2019t be precached'], 1000),
    ).toHaveLength(1);
  });

  it('formats sizes in binary units', () => {
    expect(formatSize(2_516_582)).toBe('2.4 MB');
    expect(formatSize(956_416)).toBe('934 KB');
  });
});
