// The size budgets, checked over the production build in dist/ (run after `npm run build`; `npm test`
// does), for each edition's page: English at the root, each translation in its folder. Each figure
// is printed against its budget; any figure over budget fails. Compressed sizes are gzip -9 of the
// file's bytes, as `gzip -9 < file | wc -c` measures them (from stdin: no file name in the header).
// woff2 is compressed already: fonts count as stored.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliDecompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { appScriptsIn, SOURCES_PAGE_DIR } from '../src/lib/pageContract.mjs';
import { gzip9, precompressedCopy } from './compression.mjs';

const DIST = new URL('../dist/', import.meta.url);
const KB = 1024;

/** The budgets, in bytes. */
export const BUDGETS = {
  // The graphics' lanes, windows, notes and lifetime view added 2.5-2.7 KB; no more than 3 KB was allowed for them.
  firstLoadJs: 102.5 * KB,
  // Every script a page can run, lazy chunks included, split into the app's code, which every
  // edition shares, and an edition's words (its entry and the parts it loads on demand). Russian
  // in Cyrillic takes two bytes a letter in UTF-8 and runs longer than English: its words weigh
  // about 1.4 times the English edition's.
  allCode: 112 * KB,
  englishWords: 28 * KB,
  translationWords: 40 * KB,
  // Stylesheets as files: the lazy parts' own (teacher kit, embed, card) and the app's, which the
  // share pages link. The pages themselves carry the app's inline (see `html`).
  css: 10 * KB,
  // A page's HTML carries its stylesheet inline, about 4.4 KB of gzip, so its first screen needs no
  // second request. The timeline's table, the list of sources and the page's foot are not in it:
  // the browser renders them (src/reader/InBrowserOnly.tsx).
  html: 24 * KB,
  // In bytes, not KB: a new connection's first round trip carries 10 segments of 1,460 bytes (TCP's
  // initial window). What that first round trip must carry, in every edition, is everything the
  // first screen needs and the story's text: the head with its stylesheet, and every beat up to the
  // last, whose sentence table, with the footer and the page's structured data, can come in the next. A browser parses and paints the page as it streams
  // in; the stylesheet, when it was a file of its own, took a request and a round trip more.
  htmlFirstRoundTrip: 14_000,
  fonts: 80 * KB,
  loader: 2 * KB,
};

const read = (path) => readFileSync(new URL(path, DIST));
const gzip = (path) => gzip9(read(path)).length;
/** How much of a page, in bytes, the first `bytes` of its Brotli stream decode to. */
function decodedPrefix(brotliFile, bytes) {
  const head = readFileSync(brotliFile).subarray(0, bytes);
  // A cut stream decodes as far as it goes; FLUSH rather than FINISH so the cut end is not an error.
  return brotliDecompressSync(head, { finishFlush: constants.BROTLI_OPERATION_FLUSH }).length;
}

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
    // The last beat's section: everything before it must arrive in the first round trip.
    const page = read(path);
    const beats = [...page.toString('latin1').matchAll(/<section\b[^>]*\bclass="step\b/g)];
    const lastBeatOffset = beats.at(-1)?.index ?? -1;
    if (!page.includes('<style>')) throw new Error(`check-budgets: dist/${path} carries no inline stylesheet`);
    if (lastBeatOffset < 0) throw new Error(`check-budgets: dist/${path} has no beat to measure the first round trip against`);
    // servedBrotli first: it says plainly when the Brotli copy is missing or stale.
    const served = servedBrotli(path);
    const carried = decodedPrefix(fileURLToPath(new URL(`${path}.br`, DIST)), BUDGETS.htmlFirstRoundTrip);
    const ok = carried >= lastBeatOffset;
    if (!ok) failures += 1;
    console.log(
      `  ${ok ? '✓' : '✗'} ${'First round trip (Brotli)'.padEnd(26)} ${kb(served).padStart(9)} in all; its first ${BUDGETS.htmlFirstRoundTrip} B decode to ` +
        `${kb(carried)} of ${kb(page.length)}: ${ok ? 'the head, its stylesheet and every beat' : 'not every beat'}, up to the last beat at ${kb(lastBeatOffset)}`,
    );
  }
  // Nothing but the page before its first paint: no preload, no script or stylesheet by address in
  // the head (the stylesheet and first script are inline; noscript.css only without JavaScript).
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
