import { defineConfig } from '@playwright/test';
import { assertFreshDist } from './e2e/dist-freshness';

const port = Number(process.env['PREVIEW_PORT'] ?? 4322);

// Before any server starts: the suite tests dist/, so a missing or stale build stops it here.
assertFreshDist();

/**
 * End-to-end tests run against the built site (`astro build`, then `astro preview`) in
 * Debian's Chromium: Playwright's own browser downloads are not reachable here.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The offline worker precaches the whole site on a first visit; only the offline spec
    // needs it, and every other test would pay that download in a fresh browser context.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Root in CI has no sandbox; the rest keeps Chromium off a network it cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // A server already on the port may serve another worktree's or an older build: never reuse
    // it. Playwright then stops with "is already used" instead of testing the wrong site.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
