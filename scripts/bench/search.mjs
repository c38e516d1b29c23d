// npm run bench:search — builds nothing; measures search on the last build in dist/, served by
// `astro preview` (which gzips, as a host would). First the first search as a reader makes it,
// unthrottled and on a Slow 4G-like profile; then what later searches download.
import { probeFirstResult, SLOW_4G } from './first-result.mjs';
import { startPreview } from './preview.mjs';
import { probeSearch } from './search-probe.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const later = ['calf raise', 'quads', 'back of thigh', 'stretch', 'RDL', 'shin', 'plank', 'uphill'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const preview = await startPreview();
try {
  const fast = await probeFirstResult(preview.url, { runs });
  const slow = await probeFirstResult(preview.url, { runs, throttle: SLOW_4G });
  console.log(
    `First search: "/" on /muscles/glutes/, then "${fast.query}" typed at 100 ms per key; median of ${runs} cold runs`,
  );
  console.log('| network | last key → first result | "/" → first result |');
  console.log('|---|---:|---:|');
  console.log(`| unthrottled | ${fast.fromLastKeyMs} ms | ${fast.fromSlashMs} ms |`);
  console.log(
    `| Slow 4G (1.6 Mbps down, 150 ms RTT) | ${slow.fromLastKeyMs} ms | ${slow.fromSlashMs} ms |`,
  );
  console.log(
    `  each run, throttled (last key ms): ${slow.runs.map((r) => r.fromLastKeyMs).join(', ')}`,
  );
  console.log(`First screen of results: ${kb(fast.bytes)} on the wire (gzip where served so)`);
  for (const f of fast.files) console.log(`  ${f.path} ${kb(f.bytes)}`);

  const r = await probeSearch(preview.url, { first: 'hip thrust', later });
  console.log('Later searches (unthrottled, keystroke → results):');
  for (const run of r.later) {
    console.log(`  "${run.query}": ${kb(run.bytes)}, ${run.ms} ms`);
    if (process.env.VERBOSE) for (const f of run.files) console.log(`    ${f.path} ${kb(f.bytes)}`);
  }
  console.log(
    `later median: ${kb(r.laterMedianBytes)} (max ${kb(r.laterMaxBytes)}), ${r.laterMedianMs} ms`,
  );
} finally {
  preview.stop();
}
