// The size budgets, checked over the production build in dist/ (run after `npm run build`; `npm test`
// does), for each edition's page: English at the root, each translation in its folder. Each figure
// is printed against its budget; any figure over budget fails. Compressed sizes are gzip level 9 of
// the file's bytes as Node's zlib writes them (no file name in the header): on these files a few
// dozen bytes more than the `gzip -9` command's, which deflates differently.
// woff2 is compressed already: fonts count as stored.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appScriptsIn, SOURCES_PAGE_DIR } from '../src/lib/pageContract.mjs';
import { gzip9, precompressedCopy } from './compression.mjs';

const DIST = new URL('../dist/', import.meta.url);
const KB = 1024;

/** The budgets, in bytes. */
export const BUDGETS = {
  // The charts take from d3-scale only what they use: d3-interpolate and d3-format are the
  // project's own stand-ins (scripts/build/explainerBuild.ts), 7 KB less than the whole of them.
  firstLoadJs: 96 * KB,
  // Every script a page can run, lazy chunks included, split into the app's code, which every
  // edition shares, and an edition's words (its entry and the parts it loads on demand). Russian
  // in Cyrillic takes two bytes a letter in UTF-8 and runs longer than English: its words weigh
  // about 1.4 times the English edition's. The presenter's deck (every slide drawn once, brought
  // into view by a scroll, made inert between presses) is 0.7 KB of the app's code, in its own chunk.
  allCode: 107 * KB,
  englishWords: 28 * KB,
  translationWords: 40 * KB,
  // Stylesheets as files: the lazy parts' own (teacher kit, embed, card), the app's, which the
  // share pages link and the pages carry inline (see `html`), and the one every page links after its
  // first paint.
  css: 10 * KB,
  // A page's HTML carries its first screen's stylesheet inline, so that screen needs no second
  // request. The rest of the stylesheet (src/theme/afterPaint.css), the timeline's events for
  // screen readers, the data tables, the list of sources and the page's foot are not in it: the
  // browser brings them after the first paint (src/boot/pageStart.ts, src/reader/InBrowserOnly.tsx).
  html: 20 * KB,
  // In bytes, not KB: the whole page, as served in Brotli, inside a new connection's first round
  // trip. TCP's initial window is 10 segments of 1,460 bytes, 14,600; 200 of them are left for the
  // response's headers. One byte over costs a whole round trip more before the first paint, and a
  // model of a slow phone (Lighthouse's) charges it in full.
  htmlFirstRoundTrip: 14_400,
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
const sum = (paths, size) => paths.reduce((total, path) => total + size(path), 0);

const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8'));
const chunkByFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));

/** Every script an entry can run, its lazy chunks included: the manifest's imports and dynamic imports. */
function reachableScripts(entryFile) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].forEach(visit);
  };
  visit(keyOf.get(entryFile));
  return [...seen].filter((file) => file.endsWith('.js'));
}

/** The editions' pages: the root's, and each folder's with an index.html. */
const pages = [
  '',
  ...readdirSync(DIST, { withFileTypes: true })
    // Each edition's folder; not the page of sources and data, which has no script.
    .filter((entry) => entry.isDirectory() && entry.name !== SOURCES_PAGE_DIR && existsSync(new URL(`${entry.name}/index.html`, DIST)))
    .map((entry) => `${entry.name}/`),
];

let failures = 0;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const report = (label, size, budget, note) => {
  const ok = size <= budget;
  if (!ok) failures += 1;
  console.log(`  ${ok ? '✓' : '✗'} ${label.padEnd(26)} ${kb(size).padStart(9)} of ${kb(budget).padStart(8)}  ${note}`);
};

for (const dir of pages) {
  const path = `${dir}index.html`;
  const html = read(path).toString('utf8');
  // First load: boot.js, which the page's first script starts (its data-boot), and the app scripts
  // boot.js starts (named in a <meta>).
  const toSite = (url) => new URL(url, new URL(path, DIST)).pathname.slice(fileURLToPath(DIST).length);
  const appScripts = appScriptsIn(html).map(toSite);
  const loaded = [...html.matchAll(/<script\b[^>]*\sdata-boot="([^"]+\.js)"/g)].map((m) => toSite(m[1]));
  const firstLoad = [...loaded, ...appScripts];
  if (appScripts.length === 0) throw new Error(`check-budgets: dist/${path} names no app script: is dist/ a production build?`);
  const entry = appScripts.at(-1);
  if (!chunkByFile.has(entry)) throw new Error(`check-budgets: ${entry}, the entry dist/${path} names, is not in Vite's manifest`);
  const all = [...new Set(['boot.js', ...firstLoad, ...reachableScripts(entry)])];
  const isEditionWords = (file) => file === entry || /^virtual:edition\//.test(chunkByFile.get(file)?.src ?? '');
  const words = all.filter(isEditionWords);
  const code = all.filter((file) => !isEditionWords(file));
  const translated = html.match(/<html lang="([^"]+)"/)?.[1] !== 'en';
  console.log(`Size budgets, ${dir ? `the ${dir.slice(0, -1)} edition (dist/${dir})` : 'the root edition (dist/)'}:`);
  report('First-load JS (gzip)', sum(firstLoad, gzip), BUDGETS.firstLoadJs, `${firstLoad.length} file(s): ${firstLoad.join(', ')}`);
  report('All app code (gzip)', sum(code, gzip), BUDGETS.allCode, `${code.length} files, lazy chunks included`);
  report(
    "The edition's words (gzip)",
    sum(words, gzip),
    translated ? BUDGETS.translationWords : BUDGETS.englishWords,
    `${words.length} files: its entry and the parts it loads on demand`,
  );
  report('Prerendered HTML (gzip)', gzip(path), BUDGETS.html, `dist/${path}`);
  {
    if (!html.includes('<style>')) throw new Error(`check-budgets: dist/${path} carries no inline stylesheet`);
    // servedBrotli says plainly when the Brotli copy is missing or stale.
    const served = servedBrotli(path);
    const ok = served <= BUDGETS.htmlFirstRoundTrip;
    if (!ok) failures += 1;
    console.log(
      `  ${ok ? '✓' : '✗'} ${'First round trip (Brotli)'.padEnd(26)} ${String(served).padStart(7)} B of ${BUDGETS.htmlFirstRoundTrip} B  ` +
        `dist/${path}.br, the whole page${ok ? '' : ': a round trip more before the first paint'}`,
    );
  }
  // Nothing but the page before its first paint: no preload, no script or stylesheet by address in
  // the head (the first screen's stylesheet and the first script are inline, and the first script
  // links the rest of the stylesheet; noscript.css, and that rest, are linked for a browser
  // without JavaScript only).
  const head = html.slice(0, html.indexOf('</head>')).replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const early = [...head.matchAll(/<link rel="(?:preload|modulepreload|stylesheet)"[^>]*>|<script\b[^>]*\bsrc=[^>]*>/g)].map((m) => m[0]);
  if (early.length > 0) {
    failures += 1;
    console.log(`  ✗ The head must fetch nothing before the first paint; found: ${early.join(' ')}`);
  } else console.log(`  ✓ The head fetches nothing before the first paint (no preload, no script or stylesheet by address)`);
}

const assets = readdirSync(new URL('assets/', DIST)).map((name) => `assets/${name}`);
const fonts = assets.filter((path) => path.endsWith('.woff2'));
console.log('Size budgets, shared by every edition:');
report(
  'CSS (gzip)',
  sum(
    assets.filter((path) => path.endsWith('.css')),
    gzip,
  ),
  BUDGETS.css,
  '',
);
report(
  'Fonts (woff2, stored)',
  sum(fonts, (path) => statSync(new URL(path, DIST)).size),
  BUDGETS.fonts,
  `${fonts.length} files`,
);
report('Embed loader (gzip)', gzip('embed.js'), BUDGETS.loader, 'dist/embed.js');

if (failures > 0) {
  console.error(`\n${failures} budget(s) exceeded.`);
  process.exit(1);
}
