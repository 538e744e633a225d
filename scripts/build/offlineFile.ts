/**
 * The classroom copy: one HTML file with every script, stylesheet, font and icon inlined, so a
 * teacher can open it from disk (or a USB stick) on a school network that blocks everything, and it
 * makes no request at all. A build of its own (Vite mode "offline", which the app reads to know it is
 * the classroom file), in one script and one stylesheet, its assets as data: URLs, poured into the
 * page template. Written to `dist-offline/` and beside the site, where the kit's download link points.
 */
import react from '@vitejs/plugin-react';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { Plugin } from 'vite';
import { offlineFileName } from '../../src/lib/pageContract.mjs';
import { d3StandInAliases } from './d3StandIns.ts';
import type { EditionPage } from './explainerBuild';
import { pageHtml } from './pageHtml.ts';

export interface OfflineFileOptions {
  root: string;
  template: string;
  /** The entry the template's development script names. */
  templateEntry: string;
  /** The edition the file holds. */
  page: EditionPage;
  /** The stylesheet the site's pages link after their first paint (src/theme/afterPaint.css): the file holds it with the rest. */
  afterPaintStyles: string;
  /** Plugins the app needs to build (the translated editions' modules). */
  plugins: readonly Plugin[];
  /** The edition's folder in the site: a copy goes there for the kit's download link. */
  outDir: string;
}

// Inline code must not close its own element early: escape the closing tags inside it.
const inlineScript = (code: string) =>
  `<script type="module">${code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--')}</script>`;
const inlineStyle = (css: string) => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
const dataUrl = (type: string, text: string) => `data:${type};base64,${Buffer.from(text).toString('base64')}`;

/** The file's one entry: the edition's, then the stylesheet the site links after its first paint, so its rules come last as they do there. */
const ENTRY = 'virtual:offline-entry';
function offlineEntry(imports: readonly string[]): Plugin {
  return {
    name: 'explainer:offline-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
    load: (id) => (id === `\0${ENTRY}` ? imports.map((path) => `import ${JSON.stringify(path)};`).join('\n') : null),
  };
}

export async function offlineFile(options: OfflineFileOptions): Promise<void> {
  const output = (await build({
    configFile: false,
    root: options.root,
    mode: 'offline',
    base: './',
    logLevel: 'warn',
    resolve: { alias: d3StandInAliases(options.root) },
    plugins: [
      react(),
      offlineEntry([resolve(options.root, options.page.clientEntry), resolve(options.root, options.afterPaintStyles)]),
      ...options.plugins,
    ],
    build: {
      write: false,
      target: 'es2022',
      // Every asset becomes a data: URL; one stylesheet and one script, with no lazy chunk to fetch.
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: ENTRY, output: { codeSplitting: false } },
    },
  })) as Rolldown.RolldownOutput;
  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const styles = output.output.filter((item): item is Rolldown.OutputAsset => item.type === 'asset' && item.fileName.endsWith('.css'));
  if (chunks.length !== 1) throw new Error(`The offline build must be one script, got ${chunks.length}`);

  const publicFile = (name: string) => readFileSync(resolve(options.root, 'public', name), 'utf8');
  const template = readFileSync(resolve(options.root, options.template), 'utf8')
    .replace('href="./favicon.svg"', `href="${dataUrl('image/svg+xml', publicFile('favicon.svg'))}"`)
    .replace('<link rel="stylesheet" href="./noscript.css" />', inlineStyle(publicFile('noscript.css')));
  const html = pageHtml(template, options.templateEntry, {
    lang: options.page.lang,
    title: options.page.meta.pageTitle,
    description: options.page.meta.description,
    // The file renders on opening: there is no server to prerender for, and no boot.js to wait.
    appHtml: '',
    head: [...styles.map((style) => inlineStyle(String(style.source))), inlineScript(chunks[0]!.code)],
  });

  // Fail rather than ship a file that would reach for the network or the disk. Scripts are left out
  // of the check: their strings (the embed code readers copy) may hold addresses.
  const markupAndStyles = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
  const leftover = markupAndStyles.match(/\b(?:src|href)="(?!data:|#|\?)[^"]*"|url\((?!["']?data:)[^)]*\)|\.\/assets\//);
  if (leftover) throw new Error(`The offline file still references an external resource: ${leftover[0].slice(0, 120)}`);

  const name = offlineFileName(options.page.lang);
  const dir = resolve(options.root, 'dist-offline');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), html);
  copyFileSync(join(dir, name), join(options.outDir, name));
  console.log(
    `wrote dist-offline/${name} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, self-contained), and a copy beside its edition`,
  );
}
