// `npm test`: runs every gate in order, streams its output, then prints one summary line per
// gate (what was checked, what failed) and a closing "N passed, N failed" over all checks.
// Exits non-zero if any gate fails.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.cache/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitestCounts = (file) => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, details: [] };
};

/** Playwright's JSON report, counted per spec file: each file is a gate of its own. */
const playwrightCounts = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const perFile = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      const entry = perFile.get(spec.file) ?? { passed: 0, failed: 0 };
      for (const t of spec.tests) {
        if (t.status === 'expected') entry.passed++;
        else if (t.status !== 'skipped') entry.failed++;
      }
      perFile.set(spec.file, entry);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  const details = [...perFile].map(
    ([specFile, c]) => `${specFile}: ${c.passed} passed, ${c.failed} failed`,
  );
  const sum = (key) => [...perFile.values()].reduce((n, c) => n + c[key], 0);
  return { passed: sum('passed'), failed: sum('failed'), details };
};

const lastLine = (text) => text.trim().split('\n').at(-1) ?? '';

const gates = [
  { name: 'types (astro check)', cmd: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint (eslint)', cmd: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format (prettier)', cmd: ['prettier', '--check', '.'] },
  {
    name: 'unit tests (src/lib, schemas, content)',
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
  { name: 'build (astro build + Pagefind)', cmd: ['astro', 'build'] },
  { name: 'links', cmd: ['node', 'scripts/gates/links.mjs'], summary: lastLine },
  { name: 'HTML validity', cmd: ['node', 'scripts/gates/html-validity.mjs'], summary: lastLine },
  { name: 'page budgets', cmd: ['node', 'scripts/gates/budgets.mjs'], summary: lastLine },
  {
    name: 'bad input and reproducibility (real builds)',
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

function run(gate) {
  return new Promise((resolve) => {
    const child = spawn(gate.cmd[0], gate.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...gate.env },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

const results = [];
for (const gate of gates) {
  console.log(`\n━━ ${gate.name} ━━`);
  const started = Date.now();
  const { code, out } = await run(gate);
  let counts;
  try {
    counts = gate.counts?.();
  } catch {
    counts = undefined;
  }
  results.push({
    name: gate.name,
    ok: code === 0,
    seconds: (Date.now() - started) / 1000,
    counts,
    summary: gate.summary?.(out),
  });
}

console.log('\n━━ summary ━━');
for (const r of results) {
  const what = r.counts
    ? `${r.counts.passed} passed, ${r.counts.failed} failed`
    : (r.summary ?? '');
  console.log(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${what ? `: ${what}` : ''}  (${r.seconds.toFixed(1)} s)`,
  );
  for (const line of r.counts?.details ?? []) console.log(`        ${line}`);
}
// A gate without test cases (type check, lint, build, links, HTML) counts as one check.
const cases = results.filter((r) => r.counts);
const passed =
  cases.reduce((n, r) => n + r.counts.passed, 0) + results.filter((r) => !r.counts && r.ok).length;
const failed =
  cases.reduce((n, r) => n + r.counts.failed, 0) +
  results.filter((r) => !r.ok && !(r.counts?.failed > 0)).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
