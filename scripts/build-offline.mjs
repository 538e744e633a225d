// Builds the classroom copy: one HTML file with every script, stylesheet, font and icon inlined, so a
// teacher can open it from disk (or a USB stick) on a school network that blocks everything, and it
// makes no request at all. Writes dist-offline/khamroyev-explainer.html, and a copy into dist/ when a
// web build exists there, so the teacher kit's "Download for class" link serves it.
import { copyFile, readFile, readdir, rm, stat } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompressFile } from './precompress.mjs';

// The same name as OFFLINE_FILE_NAME in src/lib/buildTarget.ts, which the teacher kit links to.
const FILE_NAME = 'khamroyev-explainer.html';
const root = fileURLToPath(new URL('..', import.meta.url));
const work = `${root}dist-offline/.build`;
const out = `${root}dist-offline/${FILE_NAME}`;

await rm(`${root}dist-offline`, { recursive: true, force: true });
await build({
  root,
  // Sets import.meta.env.MODE, which the app reads to know it is the classroom file.
  mode: 'offline',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: work,
    emptyOutDir: true,
    // Every asset becomes a data: URL; one stylesheet and one script, with no lazy chunk to fetch.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const assetDir = `${work}/assets`;
const assets = new Map();
for (const name of await readdir(assetDir)) assets.set(name, await readFile(`${assetDir}/${name}`, 'utf8'));
const asset = (name) => {
  const text = assets.get(name);
  if (text === undefined) throw new Error(`build-offline: ${name} is referenced but not in the build output`);
  return text;
};

// Inline code must not close its own element early: escape the closing tags inside it.
const inlineScript = (code) => `<script type="module">${code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--')}</script>`;
const inlineStyle = (css) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
const dataUrl = (type, text) => `data:${type};base64,${Buffer.from(text).toString('base64')}`;

let html = await readFile(`${work}/index.html`, 'utf8');
html = html
  .replace(/<script type="module" crossorigin src="\.\/assets\/([^"]+)"><\/script>/g, (_, name) => inlineScript(asset(name)))
  .replace(/<link rel="stylesheet" crossorigin href="\.\/assets\/([^"]+)">/g, (_, name) => inlineStyle(asset(name)))
  .replace(/href="\.?\/favicon\.svg"/, `href="${dataUrl('image/svg+xml', await readFile(`${root}public/favicon.svg`, 'utf8'))}"`)
  .replace(/<link rel="stylesheet" href="\.?\/noscript\.css" ?\/?>/, inlineStyle(await readFile(`${root}public/noscript.css`, 'utf8')))
  // The web build's prerender placeholders: the offline file renders on open.
  .replace('<!--preload-fonts-->', '')
  .replace('<!--app-->', '');

// Fail rather than ship a file that would reach for the network or the disk.
// Scripts are left out of the check: their strings (the embed code readers copy) may hold addresses.
const markupAndStyles = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
const leftover = markupAndStyles.match(/\b(?:src|href)="(?!data:|#|\?)[^"]*"|url\((?!["']?data:)[^)]*\)|\.\/assets\//);
if (leftover) throw new Error(`build-offline: the file still references an external resource: ${leftover[0].slice(0, 120)}`);

await writeFile(out, html);
await rm(work, { recursive: true, force: true });
const kb = (Buffer.byteLength(html) / 1024).toFixed(1);
console.log(`wrote dist-offline/${FILE_NAME} (${kb} KB, self-contained)`);

const webBuild = await stat(`${root}dist/index.html`).catch(() => null);
if (webBuild) {
  await copyFile(out, `${root}dist/${FILE_NAME}`);
  // Its compressed copies too, so a server of precompressed files never sends an older one.
  precompressFile(`${root}dist/${FILE_NAME}`);
  console.log(`copied it to dist/${FILE_NAME} for the teacher kit's download link`);
}
