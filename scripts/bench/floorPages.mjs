// Floors: pages no explainer could beat under the same harness, so a target below them can be shown
// to be out of reach rather than merely missed.
//
// - `static`: our own prerendered page with its scripts taken out: the same HTML and first screen's
//   stylesheet, no JavaScript (so none of what the page brings after its first paint), set (as a
//   reader's first view is) in the metric-matched fallback faces. The best
//   first and largest paint this story's text can have, and the smoothest scroll. Served beside the
//   page it is made from (`/ru/…` for the Russian edition), so its relative addresses are the page's.
// - `staticWebFaces`: that page set in its web faces from the first paint, as a returning reader's
//   view is, but with the faces fetched with the page rather than from the cache: what the faces
//   would cost the simulated first and largest paint if a first view waited for them.
// - `paragraph`: one paragraph, no stylesheet, no font, no script: what the simulated phone network
//   costs any page at all.
// - `react`: that paragraph hydrated by React 19 (react and react-dom/client only, built by Vite
//   for production): what the mandated framework costs before a single component of ours runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const PARAGRAPH = 'A migrants’ rights defender was detained in Moscow on 24 February 2022.';

const page = (head, body) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Floor</title>\n${head}\n</head>\n<body>${body}</body>\n</html>\n`;

/** Our index.html without its scripts (the structured data, which never runs, aside). */
function staticPage(distIndex) {
  const scripts = /<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>\s*/g;
  const page = distIndex.replace(scripts, '').replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (/<script\b(?![^>]*ld\+json)/.test(page)) throw new Error('floorPages: a script survived in the page without scripts');
  return page;
}

/**
 * The static page set in its web faces from the first paint (src/lib/webFaces.ts): the root
 * element's attribute, and the stylesheet that holds the faces' rules (src/theme/afterPaint.css),
 * which the page links without JavaScript, linked in the head, as a returning reader's view waits
 * for it.
 */
function staticWebFacesPage(distIndex) {
  const page = staticPage(distIndex);
  const root = page.match(/<html\b[^>]*>/)?.[0];
  if (!root) throw new Error('floorPages: the page has no <html> element');
  const rest = page.match(/<noscript>(<link rel="stylesheet" href="[^"]*after-paint-[^"]*" \/>)<\/noscript>/);
  if (!rest) throw new Error('floorPages: the page links no stylesheet after the paint to take the faces’ rules from');
  return page.replace(rest[0], rest[1]).replace(root, root.replace(/>$/, ' data-web-faces>'));
}

/** Builds the React floor into `dir` and returns the path of its script, for a page to load. */
async function buildReactFloor(root, dir) {
  const source = join(dir, 'src');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'index.html'), page('<script type="module" src="./main.js"></script>', `<div id="root"><p>${PARAGRAPH}</p></div>`));
  writeFileSync(
    join(source, 'main.js'),
    // Hydrated as a transition, as src/main.tsx hydrates the story.
    `import { createElement, startTransition } from 'react';\nimport { hydrateRoot } from 'react-dom/client';\nstartTransition(() => void hydrateRoot(document.getElementById('root'), createElement('p', null, ${JSON.stringify(PARAGRAPH)})));\n`,
  );
  await build({
    root: source,
    configFile: false,
    logLevel: 'silent',
    base: '/floor/react/',
    resolve: { alias: { react: join(root, 'node_modules/react'), 'react-dom': join(root, 'node_modules/react-dom') } },
    build: { outDir: join(dir, 'react'), emptyOutDir: true },
  });
  return readFileSync(join(dir, 'react', 'index.html'), 'utf8');
}

/** Where each floor is served. */
export const FLOOR_PATHS = {
  static: '/floor-static.html',
  staticRussian: '/ru/floor-static.html',
  staticWebFaces: '/floor-static-web-faces.html',
  paragraph: '/floor/paragraph.html',
  react: '/floor/react.html',
};

/**
 * The floor pages by URL path, for scripts/staticServer.mjs: `pages` (generated HTML) and `mounts`
 * (the React floor's built script). `dist` is the build measured; `dir` is a scratch folder inside
 * the project, so Vite resolves React from its node_modules.
 */
export async function floorPages(root, dist, dir) {
  const reactHtml = await buildReactFloor(root, dir);
  const english = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    pages: {
      [FLOOR_PATHS.static]: staticPage(english),
      [FLOOR_PATHS.staticRussian]: staticPage(readFileSync(join(dist, 'ru', 'index.html'), 'utf8')),
      [FLOOR_PATHS.staticWebFaces]: staticWebFacesPage(english),
      [FLOOR_PATHS.paragraph]: page('', `<p>${PARAGRAPH}</p>`),
      [FLOOR_PATHS.react]: reactHtml,
    },
    mounts: [['/floor/react/', join(dir, 'react') + '/']],
  };
}
