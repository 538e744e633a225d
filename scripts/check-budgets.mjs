// The size budgets, checked over the production build in dist/ (run after `npm run build`;
// `npm test` does). Each figure is printed against its budget; any figure over budget fails.
// Compressed sizes are gzip -9 of the file's bytes, as `gzip -9 < file | wc -c` measures them
// (from stdin: no file name in the header). woff2 is compressed already: fonts count as stored.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appScriptsIn } from '../src/lib/pageContract.mjs';
import { gzip9, precompressedCopy } from './compression.mjs';
import { FIRST_PAINT_FACES } from './firstPaintFaces.mjs';

const DIST = new URL('../dist/', import.meta.url);
const KB = 1024;

/** The budgets, in bytes. */
export const BUDGETS = {
  firstLoadJs: 100 * KB,
  allJs: 130 * KB,
  css: 15 * KB,
  html: 30 * KB,
  // In bytes, not KB: a new connection's first round trip carries 10 segments of 1,460 bytes (TCP's
  // initial window). The page in Brotli, with room for the response headers, arrives in one: in
  // Lighthouse's simulated phone, LCP is 1.36 s at 17.3 KB (gzip) and 1.20-1.21 s at 13.9 KB
  // (Brotli), three runs each.
  htmlFirstRoundTrip: 14_000,
  fonts: 80 * KB,
  loader: 2 * KB,
};

const read = (path) => readFileSync(new URL(path, DIST));
const gzip = (path) => gzip9(read(path)).length;
/** The Brotli copy a server sends (scripts/precompress.mjs): it must exist and be newer than the page. */
function servedBrotli(path) {
  const copy = precompressedCopy(fileURLToPath(new URL(path, DIST)), 'br');
  if (!copy) throw new Error(`check-budgets: dist/${path}.br is missing or older than dist/${path}: run the whole \`npm run build\``);
  return statSync(copy).size;
}
const assets = readdirSync(new URL('assets/', DIST)).map((name) => `assets/${name}`);
const html = read('index.html').toString('utf8');

// First load: every script the default page fetches before any interaction: the ones it loads
// (dist/boot.js), any module preloads, and the app scripts boot.js starts (named in a <meta>).
const appScripts = appScriptsIn(html);
const firstLoad = [
  ...[...html.matchAll(/<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((m) => m[1]),
  ...appScripts.map((url) => url.replace(/^\.\//, '')),
];
if (firstLoad.length === 0) throw new Error('check-budgets: dist/index.html loads no script: is dist/ a production build?');
const preloadedFonts = [...html.matchAll(/<link rel="preload" href="\.\/assets\/([^"]+\.woff2)"/g)].map((m) => m[1]);

const sum = (paths, size) => paths.reduce((total, path) => total + size(path), 0);
const js = [...assets.filter((path) => path.endsWith('.js')), 'boot.js'];
const fonts = assets.filter((path) => path.endsWith('.woff2'));

const rows = [
  ['First-load JS (gzip)', sum(firstLoad, gzip), BUDGETS.firstLoadJs, `${firstLoad.length} file(s): ${firstLoad.join(', ')}`],
  ['All app JS (gzip)', sum(js, gzip), BUDGETS.allJs, `${js.length} files, lazy chunks included`],
  [
    'CSS (gzip)',
    sum(
      assets.filter((path) => path.endsWith('.css')),
      gzip,
    ),
    BUDGETS.css,
    '',
  ],
  ['Prerendered HTML (gzip)', gzip('index.html'), BUDGETS.html, 'dist/index.html'],
  ['Prerendered HTML (Brotli)', servedBrotli('index.html'), BUDGETS.htmlFirstRoundTrip, 'dist/index.html.br, as served: one round trip'],
  [
    'Fonts (woff2, stored)',
    sum(fonts, (path) => statSync(new URL(path, DIST)).size),
    BUDGETS.fonts,
    `${fonts.length} files, ${preloadedFonts.length} preloaded`,
  ],
  ['Embed loader (gzip)', gzip('embed.js'), BUDGETS.loader, 'dist/embed.js'],
];

let failures = 0;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
console.log('Size budgets (dist/):');
for (const [label, size, budget, note] of rows) {
  const ok = size <= budget;
  if (!ok) failures += 1;
  console.log(`  ${ok ? '✓' : '✗'} ${label.padEnd(26)} ${kb(size).padStart(9)} of ${kb(budget).padStart(8)}  ${note}`);
}
const strayPreloads = preloadedFonts.filter((name) => !FIRST_PAINT_FACES.some((face) => face.test(name)));
if (strayPreloads.length > 0 || preloadedFonts.length !== FIRST_PAINT_FACES.length) {
  failures += 1;
  console.log(`  ✗ Font preloads must be exactly the first-paint faces; found: ${preloadedFonts.join(', ') || 'none'}`);
} else console.log(`  ✓ Font preloads: only the first-paint faces (${preloadedFonts.length})`);

if (failures > 0) {
  console.error(`\n${failures} budget(s) exceeded.`);
  process.exit(1);
}
