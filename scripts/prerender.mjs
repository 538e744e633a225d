// Writes the story's HTML into dist/index.html, so the page is readable before (and without)
// JavaScript, and preloads the faces the first screen paints with.
// Run after `vite build` (client) and `vite build --ssr` (server entry into dist-ssr/).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

const appHtml = await render();
await writeFile(`${dist}/index.html`, html.replace('<!--preload-fonts-->', preloads).replace('<!--app-->', appHtml));
await rm(serverDir, { recursive: true, force: true });
console.log(`prerendered dist/index.html (${Buffer.byteLength(appHtml)} bytes of story HTML)`);
