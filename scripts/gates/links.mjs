// Links gate: every internal link, asset and #fragment in dist/ must resolve to a built file
// and an existing id. External links are listed, not fetched. Exit 1 on anything broken.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist, distFiles, urlPathOf } from './dist-files.mjs';

const site = new URL(process.env.STRIDE_SITE ?? 'https://stride-atlas.example');
const pages = distFiles().filter((f) => f.endsWith('.html'));
const idCache = new Map();

function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/')
    ? [join(dist, path, 'index.html')]
    : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const broken = [];
const external = new Set();
let checked = 0;

for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const base = new URL(urlPathOf(page), site);
  const refs = [
    ...[...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
      m[1].split(',').map((s) => s.trim().split(/\s+/)[0]),
    ),
    ...[
      ...html.matchAll(
        /<meta (?:property|name)="(?:og:image|twitter:image|og:url)" content="([^"]*)"/g,
      ),
    ].map((m) => m[1]),
  ];
  for (const raw of refs) {
    if (!raw || /^(mailto|tel|data|javascript):/.test(raw)) continue;
    const url = new URL(raw.replace(/&amp;/g, '&'), base);
    if (url.origin !== site.origin) {
      external.add(url.href);
      continue;
    }
    checked++;
    const target = fileFor(url.pathname);
    if (!target) {
      broken.push(`${urlPathOf(page)} → ${raw} (no such file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      broken.push(`${urlPathOf(page)} → ${raw} (no element with id "${fragment}")`);
    }
  }
}

// The sitemap's own URLs count as links too.
for (const file of distFiles().filter((f) => /sitemap.*\.xml$/.test(f))) {
  for (const [, loc] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
    checked++;
    if (!fileFor(new URL(loc).pathname)) broken.push(`${urlPathOf(file)} → ${loc} (no such page)`);
  }
}

for (const line of broken.slice(0, 50)) console.log(`broken: ${line}`);
for (const url of [...external].sort()) console.log(`external (not fetched): ${url}`);
console.log(
  `links: ${pages.length} pages, ${checked} internal links and assets checked, ${broken.length} broken, ${external.size} external`,
);
process.exit(broken.length ? 1 : 0);
