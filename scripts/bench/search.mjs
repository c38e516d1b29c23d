// npm run bench:search — builds nothing; measures search on the last build in dist/.
import { startPreview } from './preview.mjs';
import { probeSearch } from './search-probe.mjs';

const later = [
  'calf raise',
  'quads',
  'back of thigh',
  'stretch',
  'RDL',
  'shin',
  'plank',
  'uphill',
  'lunges',
];
const preview = await startPreview();
try {
  const r = await probeSearch(preview.url, { first: 'hip thrust', later });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log('Search on this site (gzip bytes; headless Chromium; local preview server)');
  console.log(
    `first search "${r.first.query}": ${kb(r.first.bytes)} transferred, ${r.first.ms} ms keystroke→results, ${r.first.openToResultsMs} ms from opening search`,
  );
  for (const f of r.first.files) console.log(`  ${f.path} ${kb(f.bytes)}`);
  console.log('later searches:');
  for (const run of r.later) {
    console.log(`  "${run.query}": ${kb(run.bytes)}, ${run.ms} ms`);
    if (process.env.VERBOSE) for (const f of run.files) console.log(`    ${f.path} ${kb(f.bytes)}`);
  }
  console.log(
    `later median: ${kb(r.laterMedianBytes)} (max ${kb(r.laterMaxBytes)}), ${r.laterMedianMs} ms keystroke→results`,
  );
} finally {
  preview.stop();
}
