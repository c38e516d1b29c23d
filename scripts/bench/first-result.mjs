// The first search as a reader makes it, in headless Chromium: on a content page, press "/",
// then type a five-letter query at 100 ms per key; time to the first result painted, from the
// "/" and from the last key, with or without network throttling (CDP
// Network.emulateNetworkConditions), and the bytes that first screen of results downloaded.
import { request as httpRequest } from 'node:http';
import { chromium } from '@playwright/test';

/** A "Slow 4G"-like profile: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1e6) / 8,
  uploadThroughput: (750 * 1e3) / 8,
};

const KEY_DELAY_MS = 100;

/** What the server sends for a URL when the browser accepts gzip: the bytes on the wire. */
function wireBytes(url) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (chunk) => (n += chunk.length));
      res.on('end', () => resolve(n));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs in the page: marks the "/" and each key, and the frame after the results render. */
function instrument(query) {
  const marks = { start: 0, lastKey: 0, painted: 0 };
  window.__firstResult = marks;
  // On window, in the capture phase: before the page's own handlers, which may stop the event.
  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      if (event.key === '/' && !marks.start) marks.start = now;
      else marks.lastKey = now;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (marks.painted) return;
    const input = document.querySelector('dialog.search-dialog input');
    const hit = document.querySelector('dialog.search-dialog .search-results li');
    if (!input || !hit || input.value !== query) return;
    // The frame that shows the results: the callback after the next animation frame.
    requestAnimationFrame(() => setTimeout(() => (marks.painted ||= performance.now())));
  }).observe(document.documentElement, { childList: true, subtree: true });
}

async function once(browser, base, { query, throttle, page: path }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', throttle);
  }
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(instrument, query);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.keyboard.press('/');
  await page.waitForTimeout(KEY_DELAY_MS);
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => window.__firstResult.painted > 0, null, { timeout: 30_000 });
  const marks = await page.evaluate(() => window.__firstResult);
  await context.close();
  return {
    fromSlashMs: Math.round(marks.painted - marks.start),
    fromLastKeyMs: Math.round(marks.painted - marks.lastKey),
    urls: [...new Set(requested)],
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0;
};

/**
 * Runs the first search `runs` times, each in a fresh browser context (a cold cache), and
 * reports the median times and the files the first run downloaded, with their bytes.
 */
export async function probeFirstResult(
  base,
  { query = 'squat', throttle, runs = 5, page = '/muscles/glutes/' } = {},
) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await once(browser, base, { query, throttle, page }));
    const files = await Promise.all(
      all[0].urls.map(async (url) => ({
        path: new URL(url).pathname,
        bytes: await wireBytes(url),
      })),
    );
    return {
      query,
      runs: all,
      fromSlashMs: median(all.map((r) => r.fromSlashMs)),
      fromLastKeyMs: median(all.map((r) => r.fromLastKeyMs)),
      files,
      bytes: files.reduce((n, f) => n + f.bytes, 0),
    };
  } finally {
    await browser.close();
  }
}
