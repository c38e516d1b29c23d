// npm run lighthouse — Lighthouse (mobile profile) on the home page, a muscle page and an
// exercise page of the last build, served by `astro preview`; prints the four category
// scores. Uses the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from './bench/preview.mjs';

const pages = ['/', '/muscles/glutes/', '/exercises/squat/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const preview = await startPreview();
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ],
});
let worst = 100;
try {
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, ${preview.url}`,
  );
  console.log(['page'.padEnd(22), ...categories.map((c) => c.padStart(15))].join(''));
  for (const path of pages) {
    const result = await lighthouse(`${preview.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log([path.padEnd(22), ...scores.map((s) => String(s).padStart(15))].join(''));
    for (const audit of Object.values(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') {
        console.log(`    ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  preview.stop();
}
console.log(worst === 100 ? 'all scores 100' : `lowest score ${worst}`);
