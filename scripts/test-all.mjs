// Runs every check the project has, in order, and prints one summary line per gate plus a
// closing "N passed, N failed" over all test cases. Exits non-zero if any gate fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.cache/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitestCounts = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests };
};
const playwrightCounts = (file) => {
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
};

const gates = [
  { name: 'types (astro check)', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint (eslint)', cmd: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format (prettier)', cmd: ['prettier', '--check', '.'] },
  {
    name: 'unit tests (src/lib, content)',
    cmd: [
      'vitest',
      'run',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${reports}/unit.json`,
    ],
    counts: () => vitestCounts(`${reports}/unit.json`),
  },
  { name: 'build (astro build)', cmd: ['astro', 'build'] },
  {
    name: 'broken-content fixtures',
    cmd: [
      'vitest',
      'run',
      '--project',
      'content',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${reports}/content.json`,
    ],
    counts: () => vitestCounts(`${reports}/content.json`),
  },
  {
    name: 'end-to-end (Playwright, Chromium)',
    cmd: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` },
    counts: () => playwrightCounts(`${reports}/e2e.json`),
  },
];

const results = [];
for (const gate of gates) {
  console.log(`\n━━ ${gate.name} ━━`);
  const started = Date.now();
  const run = spawnSync(gate.cmd[0], gate.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...gate.env },
  });
  let counts;
  try {
    counts = gate.counts?.();
  } catch {
    counts = undefined;
  }
  results.push({
    name: gate.name,
    ok: run.status === 0,
    seconds: (Date.now() - started) / 1000,
    counts,
  });
}

console.log('\n━━ summary ━━');
for (const r of results) {
  const c = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed)` : '';
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${c}  ${r.seconds.toFixed(1)} s`);
}
const cases = results.filter((r) => r.counts);
const passed = cases.reduce((n, r) => n + r.counts.passed, 0);
// A gate without test cases (type check, lint, build) counts as one check.
const failed =
  cases.reduce((n, r) => n + r.counts.failed, 0) +
  results.filter((r) => !r.ok && !r.counts?.failed).length;
const checks = results.filter((r) => !r.counts && r.ok).length;
console.log(`${passed + checks} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
