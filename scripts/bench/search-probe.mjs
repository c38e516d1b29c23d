// Measures search in headless Chromium against a running site: what the first search and
// each later one download (gzip bytes), and the time from keystroke to rendered results.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0;
};

export async function probeSearch(url, { first = 'hip thrust', later = [] } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    // Search's own downloads: the service worker would fetch the whole index in the background
    // after load (the build reports that precache) and then answer from it.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    let log = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const path = new URL(response.url()).pathname;
        // Pagefind's index, fragment and wasm files are stored compressed already.
        const gz = /\.pf_|\.pagefind$/.test(path)
          ? body.length
          : gzipSync(body, { level: 9 }).length;
        log.push({ path, bytes: gz });
      } catch {
        // Redirects and the like have no body.
      }
    });
    await page.goto(`${url}/muscles/glutes/`);
    await page.waitForLoadState('networkidle');
    log = [];

    const input = page.locator('dialog.search-dialog input[type="search"]');
    const timeQuery = async (query) => {
      await input.fill('');
      await page.waitForTimeout(150);
      const start = Date.now();
      await input.fill(query);
      await page.waitForFunction(
        (q) =>
          document.querySelector('dialog.search-dialog input')?.value === q &&
          /result/.test(document.querySelector('.search-dialog-status')?.textContent ?? ''),
        query,
      );
      const elapsed = Date.now() - start;
      await page.waitForLoadState('networkidle');
      return elapsed;
    };

    const openStart = Date.now();
    await page.keyboard.press('/');
    await input.waitFor();
    const firstMs = await timeQuery(first);
    const firstTotal = Date.now() - openStart;
    const firstBytes = log.reduce((n, r) => n + r.bytes, 0);
    const firstFiles = [...log];

    const laterRuns = [];
    for (const query of later) {
      log = [];
      const ms = await timeQuery(query);
      laterRuns.push({ query, ms, bytes: log.reduce((n, r) => n + r.bytes, 0), files: log });
    }
    return {
      first: {
        query: first,
        ms: firstMs,
        openToResultsMs: firstTotal,
        bytes: firstBytes,
        files: firstFiles,
      },
      later: laterRuns,
      laterMedianMs: median(laterRuns.map((r) => r.ms)),
      laterMedianBytes: median(laterRuns.map((r) => r.bytes)),
      laterMaxBytes: Math.max(0, ...laterRuns.map((r) => r.bytes)),
    };
  } finally {
    await browser.close();
  }
}
