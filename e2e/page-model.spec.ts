import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist } from './dist-files';
import { sitemapPaths } from './site-pages';

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

test.describe('page model in the built site', () => {
  test('every table-of-contents entry points at a heading on its page', () => {
    let checked = 0;
    for (const path of sitemapPaths()) {
      const page = html(path);
      const tocs = [...page.matchAll(/<nav class="toc"[^>]*>([\s\S]*?)<\/nav>/g)];
      for (const [, toc = ''] of tocs) {
        for (const [, id] of toc.matchAll(/href="#([^"]+)"/g)) {
          expect(page, `${path}#${id}`).toMatch(new RegExp(`<h[23][^>]* id="${id}"`));
          checked++;
        }
      }
    }
    // Muscle and exercise pages and the guide all have a contents list; a build without any is broken.
    expect(checked).toBeGreaterThan(100);
  });

  test('has exactly one social card per sitemap page and no other', () => {
    const cards: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else cards.push(full.slice(join(dist, 'og').length));
      }
    };
    walk(join(dist, 'og'));
    const expected = sitemapPaths().map((p) => `${p.replace(/\/$/, '') || '/index'}.png`);
    expect(cards.sort()).toEqual(expected.sort());
  });

  test('leaves no build manifest in the output', () => {
    expect(existsSync(join(dist, 'page-manifest.json'))).toBe(false);
  });
});
