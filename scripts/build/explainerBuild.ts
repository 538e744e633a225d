/**
 * The build of a story's site as one Vite app: `vite build` builds the browser app, the server
 * renderer and boot.js (and, for the published site, the host loader) as environments of one
 * builder, then prerenders the page from the server render and Vite's manifest, writes the offline
 * classroom file, copies pym.js and precompresses every text file. Any story builds the same way:
 * `vite.config.ts` builds this case, `tests/fixtures/vite.config.ts` a fictional one.
 */
import react from '@vitejs/plugin-react';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, UserConfig, ViteBuilder } from 'vite';
import { precompressDir } from '../precompress.mjs';
import type { Story, StoryMeta } from '../../src/story/types.ts';
import { validateStory } from '../../src/story/validateStory.ts';
import { entryFiles, readManifest, stylesheetEntry } from './clientManifest.ts';
import { d3StandInAliases } from './d3StandIns.ts';
import { offlineFile } from './offlineFile.ts';
import { inlineHash, inlineStyle, pageStartScript, withInlineHashes } from './inlineSources.ts';
import { folderDepth } from '../../src/lib/editionHref.ts';
import { addressTags, pageHtml, publishedTags, sourcesPageHtml } from './pageHtml.ts';
import { SOURCES_PAGE_DIR } from '../../src/lib/pageContract.mjs';
import { cardRenderer } from './shareCards.ts';
import {
  absolute,
  BEAT_IMAGE,
  OEMBED_DIR,
  oembedAnswer,
  SHARE_DIR,
  sharePage,
  STORY_IMAGES,
  storyTags,
  structuredData,
  structuredDataScript,
  type SharingPlace,
} from './sharing.ts';
import type { SharingData } from '../../src/share/sharingData.ts';
import type { CardSize } from '../../src/share/ShareCard.tsx';

/** One edition's page: where it goes, its script, and its title and description. */
export interface EditionPage {
  /** BCP 47, the page's `lang`: `en`, `ru`, `uz-Latn`. */
  lang: string;
  /** Its folder below the site's root, without slashes; empty for the root. */
  dir: string;
  /** The browser entry, relative to the project's root: it starts the app with the edition. */
  clientEntry: string;
  /** The edition's words for the page's title and description. */
  meta: StoryMeta;
}

export interface ExplainerBuildOptions {
  /** The project's root folder. */
  root: string;
  /** The story: validated before anything is built. */
  story: Story;
  /** Further checks of the story's data (the kit, the translations), run with validation. */
  validate?: () => void;
  /** The page template, relative to `root` (`index.html`); its development script names the first page's entry. */
  template: string;
  /** The editions' pages, the root's first. */
  pages: readonly EditionPage[];
  /**
   * The server entry, relative to `root`: it exports `render(lang)`, an edition's story page as HTML,
   * and `renderSources(lang)`, its page of sources and data with that page's title.
   */
  serverEntry: string;
  /**
   * The stylesheet every page loads once its first screen has painted, relative to `root`: every
   * rule that screen does not use (src/theme/afterPaint.css says which). The app's own stylesheet,
   * inline in the page, holds the rest.
   */
  afterPaintStyles: string;
  /** Plugins the app needs to build (the translated editions' modules). */
  plugins?: readonly Plugin[];
  /** Where the site is written, relative to `root` (`dist`). */
  outDir: string;
  /** Also build what newsrooms and classrooms use: the host loader, pym.js and the offline file. */
  published?: boolean;
  /** The address the site is published at (scripts/build/siteAddress.ts), for the tags that must be absolute. */
  siteUrl?: string | null;
  /** Who publishes it (scripts/build/publisher.ts): the site's name in link previews, structured data and oEmbed. */
  siteName?: string | null;
}

/**
 * What the server entry exports: each edition's page and its page of sources and data as HTML, and,
 * for a story that is shared, what its link previews say and its share cards' SVG.
 */
interface ServerEntry {
  render: (lang: string) => Promise<string>;
  renderSources: (lang: string) => Promise<{ html: string; title: string }>;
  sharing?: (lang: string) => Promise<SharingData>;
  shareCard?: (lang: string, beatId: string | null, size: CardSize) => string;
}

/** The host-side scripts, each one dependency-free file at the site's root. */
const HOST_SCRIPTS = {
  boot: { entry: 'src/boot/boot.ts', fileName: 'boot.js', format: 'es', target: 'es2022' },
  // Not a file of the site: the prerender writes it into each page's head (scripts/build/inlineSources.ts).
  pageStart: { entry: 'src/boot/pageStartEntry.ts', fileName: 'page-start.js', format: 'iife', target: 'es2020' },
  loader: { entry: 'src/loader/embed.ts', fileName: 'embed.js', format: 'iife', target: 'es2019' },
} as const;

/** The built-in environment for one host-side script, written beside the page. */
function hostScriptEnvironment(root: string, outDir: string, script: (typeof HOST_SCRIPTS)[keyof typeof HOST_SCRIPTS]) {
  return {
    consumer: 'client' as const,
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: script.target,
      minify: true,
      lib: { entry: resolve(root, script.entry), formats: [script.format], name: 'explainerEmbed', fileName: () => script.fileName },
    },
  };
}

/** Fails the build, naming each record and field, when the story data is invalid. */
function storyValidation(story: Story, validate: (() => void) | undefined): Plugin {
  return {
    name: 'explainer:story-validation',
    buildStart() {
      validateStory(story);
      validate?.();
    },
  };
}

/**
 * In development, serves each edition's page from the template, with its title, description and
 * script, as the prerender writes them in the build, and the stylesheet the build's pages link
 * after their first paint imported after the entry.
 */
function pagesInDev(options: ExplainerBuildOptions): Plugin {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const root = options.pages[0]!;
  const fillPage = (html: string, page: EditionPage) =>
    html
      .replace('<html lang="en">', `<html lang="${page.lang}">`)
      .replace('<!--page-title-->', escape(page.meta.pageTitle))
      .replace('<!--page-description-->', escape(page.meta.description))
      .replace('<!--head-->', '')
      // After the entry, whose stylesheets it must follow in the cascade, as the build's follows the inline one.
      .replace('</body>', `<script type="module">import '/${options.afterPaintStyles}';</script>\n  </body>`)
      .replace(`src="/${root.clientEntry}"`, `src="/${page.clientEntry}"`);
  return {
    name: 'explainer:pages-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const page = options.pages.find((p) => p.dir && (path === `/${p.dir}/` || path === `/${p.dir}/index.html`));
        if (!page) return next();
        const template = readFileSync(resolve(options.root, options.template), 'utf8');
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(await server.transformIndexHtml(request.url ?? '/', fillPage(template, page)));
      });
    },
    transformIndexHtml: (html, context) => (context.path === '/' || context.path === '/index.html' ? fillPage(html, root) : html),
  };
}

/** Writes each edition's published page: the server's render of its story into the template, with its assets. */
async function prerender(options: ExplainerBuildOptions, outDir: string, ssrDir: string, pageStartDir: string): Promise<void> {
  const manifest = readManifest(outDir);
  const serverFile = readdirSync(ssrDir).find((name) => /\.m?js$/.test(name));
  if (!serverFile) throw new Error(`The server build wrote no script into ${ssrDir}`);
  const server = (await import(pathToFileURL(join(ssrDir, serverFile)).href)) as ServerEntry;
  const siteUrl = options.siteUrl ?? null;
  const siteName = options.siteName ?? null;
  const original = options.pages[0]!;
  const renderPng = server.shareCard
    ? await cardRenderer(options.root, resolve(options.root, 'node_modules/.cache/share-card-fonts'))
    : null;
  const template = readFileSync(resolve(options.root, options.template), 'utf8');
  const templateEntry = options.pages[0]!.clientEntry;
  const pageStart = readFileSync(join(pageStartDir, HOST_SCRIPTS.pageStart.fileName), 'utf8');
  const afterPaint = stylesheetEntry(manifest, options.afterPaintStyles);
  // Every inline <style> and <script> the pages carry, for the Content Security Policy.
  const styleHashes = new Set<string>();
  const scriptHashes = new Set<string>();
  for (const page of options.pages) {
    const depth = folderDepth(page.dir);
    const files = entryFiles(manifest, page.clientEntry);
    const styles = files.css.map((file) => inlineStyle(readFileSync(join(outDir, file), 'utf8'), depth === 0 ? './' : '../'.repeat(depth)));
    styles.forEach((style) => styleHashes.add(inlineHash(style)));
    const firstScript = pageStartScript(pageStart, depth === 0 ? './' : '../'.repeat(depth), afterPaint);
    scriptHashes.add(inlineHash(firstScript));
    const tags = publishedTags({ styles, firstScript, scripts: files.scripts, afterPaint, depth });
    const data = server.sharing ? await server.sharing(page.lang) : null;
    const place: SharingPlace = { dir: page.dir, siteUrl, siteName };
    const originalPlace = page === original ? null : { place: { dir: original.dir, siteUrl, siteName }, lang: original.lang };
    const html = pageHtml(template, templateEntry, {
      lang: page.lang,
      depth,
      title: page.meta.pageTitle,
      description: page.meta.description,
      appHtml: await server.render(page.lang),
      head: [...addressTags(options.pages, page, siteUrl), ...(data ? storyTags(data, place) : []), ...tags.head],
      bodyEnd: data ? [structuredDataScript(structuredData(data, place, originalPlace))] : [],
    });
    const dir = join(outDir, page.dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    // The page of sources and data the story page links to in place of the parts it leaves to the browser.
    const sources = await server.renderSources(page.lang);
    mkdirSync(join(dir, SOURCES_PAGE_DIR), { recursive: true });
    writeFileSync(
      join(dir, SOURCES_PAGE_DIR, 'index.html'),
      sourcesPageHtml({
        lang: page.lang,
        title: sources.title,
        appHtml: sources.html,
        up: '../'.repeat(depth + 1),
        stylesheets: [...files.css, afterPaint],
        canonical: absolute(place, `${SOURCES_PAGE_DIR}/`),
      }),
    );
    if (data && server.shareCard && renderPng) {
      const written = writeShareFiles({
        dir,
        data,
        place,
        card: (beatId, size) => renderPng(server.shareCard!(page.lang, beatId, size)),
        stylesheets: [...files.css, afterPaint].map((file) => `${'../'.repeat(depth + 2)}${file}`),
      });
      console.log(`wrote ${written} share cards, share pages and oEmbed answers in ${join(options.outDir, page.dir, SHARE_DIR)}/`);
    }
    console.log(`prerendered ${join(options.outDir, page.dir, 'index.html')} (${Buffer.byteLength(html)} bytes)`);
  }
  const headersFile = join(outDir, '_headers');
  if (existsSync(headersFile)) {
    writeFileSync(
      headersFile,
      withInlineHashes(readFileSync(headersFile, 'utf8'), { scripts: [...scriptHashes], styles: [...styleHashes] }),
    );
    console.log(
      `allowed ${styleHashes.size} inline stylesheet(s) and ${scriptHashes.size} inline script(s) by hash in ${options.outDir}/_headers`,
    );
  }
}

/**
 * An edition's share files: the story's cards in four shapes and one per beat (PNG), a share page
 * per beat, and, with the published address, the oEmbed answers for the story and each beat.
 */
function writeShareFiles({
  dir,
  data,
  place,
  card,
  stylesheets,
}: {
  dir: string;
  data: SharingData;
  place: SharingPlace;
  card: (beatId: string | null, size: CardSize) => Buffer;
  stylesheets: string[];
}): number {
  const shareDir = join(dir, SHARE_DIR);
  mkdirSync(shareDir, { recursive: true });
  let written = 0;
  const write = (path: string, content: string | Buffer) => {
    writeFileSync(path, content);
    written += 1;
  };
  for (const image of STORY_IMAGES) write(join(shareDir, `${image.name}.png`), card(null, image));
  for (const beat of data.beats) {
    write(join(shareDir, `${beat.id}.png`), card(beat.id, BEAT_IMAGE));
    mkdirSync(join(shareDir, beat.id), { recursive: true });
    write(join(shareDir, beat.id, 'index.html'), sharePage(data, place, beat, stylesheets));
  }
  const answers = [null, ...data.beats].map((beat) => [beat ? beat.id : 'story', oembedAnswer(data, place, beat)] as const);
  if (answers.every(([, answer]) => answer)) {
    mkdirSync(join(dir, OEMBED_DIR), { recursive: true });
    for (const [name, answer] of answers) write(join(dir, OEMBED_DIR, `${name}.json`), `${JSON.stringify(answer, null, 2)}\n`);
  }
  return written;
}

/** The Vite configuration that builds a story's site with `vite build`. */
export function explainerBuild(options: ExplainerBuildOptions): UserConfig {
  const outDir = resolve(options.root, options.outDir);
  const ssrDir = `${outDir}-ssr`;
  const pageStartDir = `${outDir}-page-start`;
  return {
    root: options.root,
    // Every address the build writes is relative: the site works from a domain's root or any folder.
    base: './',
    plugins: [react(), storyValidation(options.story, options.validate), pagesInDev(options), ...(options.plugins ?? [])],
    resolve: { alias: d3StandInAliases(options.root) },
    environments: {
      client: {
        build: {
          outDir,
          emptyOutDir: true,
          manifest: true,
          target: 'es2022',
          // Inline nothing: the fonts and icons stay files the browser can cache.
          assetsInlineLimit: 0,
          // The published page names its scripts to boot.js instead of preloading them, so the
          // polyfill for <link rel="modulepreload"> would never act.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            input: {
              ...Object.fromEntries(
                options.pages.map((page) => [page.dir ? `main-${page.dir}` : 'main', resolve(options.root, page.clientEntry)]),
              ),
              'after-paint': resolve(options.root, options.afterPaintStyles),
            },
            output: {
              // React in a chunk of its own, which boot.js starts one task before the story's code
              // (src/boot/importInTurn.ts): on a slow phone, two shorter tasks instead of one long one.
              // src/app/reactRuntime.ts goes with it, so that React's module code runs in that task.
              codeSplitting: {
                groups: [
                  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|[\\/]src[\\/]app[\\/]reactRuntime\.ts$/ },
                  // With several editions, the code every edition's page runs in one chunk they share:
                  // each page then loads React, this, and its own edition's words, three scripts.
                  ...(options.pages.length > 1
                    ? [{ name: 'app', test: /[\\/](src|node_modules)[\\/]/, minShareCount: options.pages.length }]
                    : []),
                ],
              },
            },
          },
        },
      },
      ssr: {
        build: {
          outDir: ssrDir,
          emptyOutDir: true,
          copyPublicDir: false,
          rolldownOptions: { input: resolve(options.root, options.serverEntry) },
        },
      },
      boot: hostScriptEnvironment(options.root, outDir, HOST_SCRIPTS.boot),
      pageStart: hostScriptEnvironment(options.root, pageStartDir, HOST_SCRIPTS.pageStart),
      ...(options.published ? { loader: hostScriptEnvironment(options.root, outDir, HOST_SCRIPTS.loader) } : {}),
    },
    builder: {
      async buildApp(builder: ViteBuilder) {
        const { client, ssr, boot, pageStart, loader } = builder.environments;
        for (const environment of [client, ssr, boot, pageStart, loader]) if (environment) await builder.build(environment);
        await prerender(options, outDir, ssrDir, pageStartDir);
        rmSync(ssrDir, { recursive: true, force: true });
        rmSync(pageStartDir, { recursive: true, force: true });
        if (options.published) {
          // pym.js 1.3.2 (MIT) from our own site, so hosts using the pym.js embed code need no CDN.
          copyFileSync(resolve(options.root, 'node_modules/pym.js/dist/pym.v1.min.js'), join(outDir, 'pym.v1.min.js'));
          rmSync(resolve(options.root, 'dist-offline'), { recursive: true, force: true });
          for (const page of options.pages) {
            await offlineFile({
              root: options.root,
              template: options.template,
              templateEntry: options.pages[0]!.clientEntry,
              page,
              afterPaintStyles: options.afterPaintStyles,
              plugins: options.plugins ?? [],
              outDir: join(outDir, page.dir),
            });
          }
        }
        const { files, raw, brotli } = precompressDir(outDir);
        console.log(
          `precompressed ${files} files in ${options.outDir}/: ${(raw / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB in Brotli`,
        );
      },
    },
  };
}
