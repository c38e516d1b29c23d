// npm run bench:build — the build scaling benchmark. For N synthetic exercises (100, 1,000
// and 5,000 by default; BENCH_SIZES=100,1000 to choose) it builds the whole site (Astro,
// Pagefind, sitemap) from a generated content folder and reports wall time, ms per page,
// peak RSS, dist and index size, and a first search in headless Chromium. Social cards are
// timed apart: a first render, then a rebuild that must reuse the cache.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './preview.mjs';
import { probeSearch } from './search-probe.mjs';
import { writeSyntheticContent } from './synthetic-content.mjs';

const root = '.cache/bench';
const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const cardSize = Number(process.env.BENCH_CARD_SIZE ?? 1000);
mkdirSync(root, { recursive: true });

function du(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? du(full) : statSync(full).size;
  }
  return total;
}

/** Runs `astro build` under GNU time for the peak RSS of the process. */
function build({ content, outDir, cache, cards }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', 'astro', 'build', '--outDir', outDir], {
      env: {
        ...process.env,
        STRIDE_CONTENT_DIR: content,
        STRIDE_CACHE_DIR: cache,
        STRIDE_SOCIAL_CARDS: cards ? '1' : '0',
        // Thousands of synthetic pages are far over the real site's precache budget; the
        // worker is still generated, so its time counts.
        STRIDE_PRECACHE_BUDGET: String(2 ** 40),
        // ...and the list of every exercise is one page far over the one-file limit.
        STRIDE_PRECACHE_FILE_LIMIT: String(2 ** 40),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0)
        return reject(new Error(`build failed:\n${out.slice(-3000)}\n${err.slice(-3000)}`));
      const peakKb = Number(err.trim().split('\n').at(-1));
      const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? 0);
      resolve({ seconds, peakMb: peakKb / 1024, pages, log: out });
    });
  });
}

const results = [];
for (const n of sizes) {
  const content = writeSyntheticContent(join(root, `content-${n}`), n);
  const outDir = join(root, `dist-${n}`);
  const cache = join(root, `cache-${n}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  console.log(`building with ${n} synthetic exercises...`);
  const run = await build({ content, outDir, cache, cards: false });
  const htmlPages = readdirSync(outDir, { recursive: true }).filter((f) =>
    String(f).endsWith('.html'),
  ).length;
  const preview = await startPreview({ outDir });
  let search;
  try {
    search = await probeSearch(preview.url, {
      first: 'hip thrust',
      later: ['calf raise', 'quads'],
    });
  } finally {
    preview.stop();
  }
  const row = {
    exercises: n,
    pages: run.pages,
    htmlFiles: htmlPages,
    seconds: +run.seconds.toFixed(1),
    pagesPerSecond: +(run.pages / run.seconds).toFixed(1),
    msPerPage: +((run.seconds * 1000) / run.pages).toFixed(2),
    peakRssMb: Math.round(run.peakMb),
    distMb: +(du(outDir) / 2 ** 20).toFixed(1),
    pagefindMb: +(du(join(outDir, 'pagefind')) / 2 ** 20).toFixed(2),
    firstSearchKb: +(search.first.bytes / 1024).toFixed(1),
    firstSearchMs: search.first.ms,
    laterSearchKb: +(search.laterMedianBytes / 1024).toFixed(1),
  };
  results.push(row);
  console.log(row);
}

// Social cards, apart: a build with cards from an empty cache, then the same build again.
const cardContent = writeSyntheticContent(join(root, `content-cards-${cardSize}`), cardSize);
const cardCache = join(root, 'cache-cards');
rmSync(cardCache, { recursive: true, force: true });
const base = { content: cardContent, outDir: join(root, 'dist-cards'), cache: cardCache };
console.log(`social cards with ${cardSize} synthetic exercises...`);
const withoutCards = await build({ ...base, cards: false });
const firstCards = await build({ ...base, cards: true });
const cachedCards = await build({ ...base, cards: true });
const cardCount = existsSync(join(base.outDir, 'og'))
  ? readdirSync(join(base.outDir, 'og'), { recursive: true }).filter((f) =>
      String(f).endsWith('.png'),
    ).length
  : 0;
const cards = {
  exercises: cardSize,
  cards: cardCount,
  buildWithoutCardsSeconds: +withoutCards.seconds.toFixed(1),
  firstRenderSeconds: +firstCards.seconds.toFixed(1),
  cachedRebuildSeconds: +cachedCards.seconds.toFixed(1),
  cardsAddFirstSeconds: +(firstCards.seconds - withoutCards.seconds).toFixed(1),
  cardsAddCachedSeconds: +(cachedCards.seconds - withoutCards.seconds).toFixed(1),
};

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nBuild scaling (${machine})`);
console.log(
  '| exercises | pages | build s | pages/s | ms/page | peak RSS MB | dist MB | Pagefind MB | first search KB | first search ms |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.exercises} | ${r.pages} | ${r.seconds} | ${r.pagesPerSecond} | ${r.msPerPage} | ${r.peakRssMb} | ${r.distMb} | ${r.pagefindMb} | ${r.firstSearchKb} | ${r.firstSearchMs} |`,
  );
}
console.log(
  `\nSocial cards (${cards.cards} cards, ${cardSize} synthetic exercises): build without cards ${cards.buildWithoutCardsSeconds} s; first render ${cards.firstRenderSeconds} s (+${cards.cardsAddFirstSeconds} s); rebuild with cached cards ${cards.cachedRebuildSeconds} s (+${cards.cardsAddCachedSeconds} s)`,
);
writeFileSync(
  join(root, 'build-results.json'),
  `${JSON.stringify({ machine, date: new Date().toISOString(), results, cards }, null, 2)}\n`,
);
console.log(`written: ${join(root, 'build-results.json')}`);
