// HTML validity gate: the Nu HTML Checker (vnu.jar from npm, on the system Java) over every
// built HTML file. Any error fails; warnings are counted but allowed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dist, distFiles } from './dist-files.mjs';

const require = createRequire(import.meta.url);
const jar = require('vnu-jar');
const files = distFiles().filter((f) => f.endsWith('.html'));
const run = spawnSync(
  'java',
  ['-Xss4m', '-jar', jar, '--format', 'json', '--skip-non-html', dist],
  {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (run.error || !run.stderr.trim().startsWith('{')) {
  console.error(run.error?.message ?? run.stderr);
  console.error('html: the Nu HTML Checker did not run (is Java installed?)');
  process.exit(1);
}
const { messages } = JSON.parse(run.stderr);
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
for (const m of errors.slice(0, 30)) {
  console.log(`error: ${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine}: ${m.message}`);
}
console.log(
  `html: ${files.length} files checked, ${errors.length} errors, ${warnings.length} warnings`,
);
process.exit(errors.length ? 1 : 0);
