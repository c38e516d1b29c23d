// Page budget gate, read from dist/ (not timed): for every page in the sitemap, HTML gzip
// size, the CSS and JavaScript it loads at page load, render-blocking scripts, web fonts and
// image attributes. Prints the heaviest pages; exit 1 on any page over budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, distFiles } from './dist-files.mjs';

const KB = 1024;
const BUDGET = {
  html: 12 * KB,
  htmlWithFigure: 20 * KB,
  // The body figure plus a demonstration (an exercise's frames, or the stride view's runner):
  // the demonstration's shapes come from one cached sprite, its numbers stay in the page.
  htmlWithFigureAndDemo: 24 * KB,
  // An article of several thousand words with its reference list: the text alone gzips to ~12 KB.
  htmlLongForm: 24 * KB,
  css: 10 * KB,
  js: 3 * KB,
  font: 30 * KB,
};
/** Words of visible text in <main> past which a page counts as long-form. */
const LONG_FORM_WORDS = 3000;
const words = (html) => {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

/** A script and the modules it imports statically: all of it runs at page load. */
function scriptBytes(src, seen = new Set()) {
  if (seen.has(src)) return 0;
  seen.add(src);
  const file = join(dist, src);
  if (!existsSync(file)) return 0;
  const code = readFileSync(file, 'utf8');
  let total = gz(code);
  for (const [, dep] of code.matchAll(
    /(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g,
  )) {
    total += scriptBytes(new URL(dep, `http://x${src}`).pathname, seen);
  }
  return total;
}

const problems = [];
const rows = [];
for (const path of paths) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const figure = text.includes('data-body-figure');
  const demo = text.includes('data-demo');
  const htmlBytes = gz(html);
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
    (n, [, href]) => n + gz(readFileSync(join(dist, href))),
    0,
  );
  // One set per page: a module two scripts share (Vite's preload helper) downloads once.
  const loaded = new Set();
  const js = [...text.matchAll(/<script type="module" src="([^"]+)"/g)].reduce(
    (n, [, src]) => n + scriptBytes(src, loaded),
    0,
  );
  const head = text.slice(0, text.indexOf('</head>'));
  const blocking = [
    ...head.matchAll(
      /<script(?![^>]*(?:type="module"|type="application\/ld\+json"|async|defer))[^>]*>/g,
    ),
  ];
  const images = [...text.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
  rows.push({ path, htmlBytes, css, js, figure, demo });

  const longForm = words(text) > LONG_FORM_WORDS;
  const htmlLimit = longForm
    ? BUDGET.htmlLongForm
    : figure && demo
      ? BUDGET.htmlWithFigureAndDemo
      : figure
        ? BUDGET.htmlWithFigure
        : BUDGET.html;
  if (htmlBytes > htmlLimit)
    problems.push(`${path}: HTML ${kb(htmlBytes)} gzip > ${kb(htmlLimit)}`);
  if (css > BUDGET.css) problems.push(`${path}: CSS ${kb(css)} gzip > ${kb(BUDGET.css)}`);
  if (js > BUDGET.js)
    problems.push(`${path}: JavaScript at load ${kb(js)} gzip > ${kb(BUDGET.js)}`);
  if (blocking.length)
    problems.push(`${path}: ${blocking.length} render-blocking script(s) in <head>`);
  for (const img of images) {
    if (!/\swidth=/.test(img) || !/\sheight=/.test(img))
      problems.push(`${path}: image without size: ${img}`);
  }
}

for (const font of distFiles().filter((f) => /\.(woff2?|ttf|otf)$/.test(f))) {
  const size = readFileSync(font).length;
  if (size > BUDGET.font) problems.push(`${font}: web font ${kb(size)} > ${kb(BUDGET.font)}`);
}

console.log('Heaviest pages (gzip): HTML, CSS, JavaScript at load');
for (const r of [...rows].sort((a, b) => b.htmlBytes - a.htmlBytes).slice(0, 8)) {
  console.log(
    `  ${r.path.padEnd(34)} ${kb(r.htmlBytes).padStart(8)} ${kb(r.css).padStart(8)} ${kb(r.js).padStart(8)}${r.figure ? '  (figure)' : ''}${r.demo ? ' (demo)' : ''}`,
  );
}
for (const p of problems) console.log(`over budget: ${p}`);
const max = (key) => Math.max(...rows.map((r) => r[key]));
console.log(
  `budgets: ${rows.length} pages, ${problems.length} over budget (largest HTML ${kb(max('htmlBytes'))}, CSS ${kb(max('css'))}, JS at load ${kb(max('js'))})`,
);
process.exit(problems.length ? 1 : 0);
