// Writes the story's HTML into dist/index.html, so the page is readable before (and without)
// JavaScript, preloads the faces the first screen paints with, and hands the app's script to
// dist/boot.js, which starts it once the story has painted.
// Run after `vite build` (client) and `vite build --ssr` (server entry into dist-ssr/).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_SCRIPT_META } from './appScriptMeta.mjs';
import { FIRST_PAINT_FACES } from './firstPaintFaces.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const serverDir = `${root}dist-ssr`;


const { render } = await import(pathToFileURL(`${serverDir}/entry-server.js`).href);
const html = await readFile(`${dist}/index.html`, 'utf8');
if (!html.includes('<!--app-->') || !html.includes('<!--preload-fonts-->')) {
  throw new Error('dist/index.html has no <!--app--> or <!--preload-fonts--> placeholder: was it already prerendered?');
}

const assets = await readdir(`${dist}/assets`);
const preloads = FIRST_PAINT_FACES.map((pattern) => {
  const file = assets.find((name) => pattern.test(name));
  if (!file) throw new Error(`No font file matches ${pattern} in dist/assets`);
  return `<link rel="preload" href="/assets/${file}" as="font" type="font/woff2" crossorigin />`;
}).join('\n    ');

// The app's scripts are not loaded by the HTML itself: dist/boot.js (src/boot/boot.ts) starts them
// once the story has loaded and painted, and finds them by this <meta>, in the order it starts them:
// the chunks the entry imports (React, which Vite would have preloaded), then the entry.
const entryScript = /<script type="module" crossorigin src="(\/assets\/[\w.-]+\.js)"><\/script>/;
const entry = html.match(entryScript);
if (!entry) throw new Error('dist/index.html has no module script for the app: did the Vite build change its output?');
const modulePreload = /\s*<link rel="modulepreload" crossorigin href="(\/assets\/[\w.-]+\.js)">/g;
const imports = [...html.matchAll(modulePreload)].map((m) => m[1]);
const withoutPreloads = html.replace(modulePreload, '');
if (/<link rel="modulepreload"/.test(withoutPreloads)) throw new Error('dist/index.html preloads a module this script does not recognise: it would fetch before the story paints');
const bootScripts = `<meta name="${APP_SCRIPT_META}" content="${[...imports, entry[1]].join(' ')}" />\n    <script type="module" src="/boot.js"></script>`;

const appHtml = await render();
await writeFile(
  `${dist}/index.html`,
  withoutPreloads.replace(entryScript, bootScripts).replace('<!--preload-fonts-->', preloads).replace('<!--app-->', appHtml),
);
await rm(serverDir, { recursive: true, force: true });
console.log(`prerendered dist/index.html (${Buffer.byteLength(appHtml)} bytes of story HTML)`);
