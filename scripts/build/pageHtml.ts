/**
 * The published page's HTML, from the template (`index.html`, which `npm run dev` serves as it is):
 * its title and description from the story, the prerendered story in `#root`, the first screen's
 * stylesheet inline, and the first script (which links the rest of the stylesheet and starts boot.js)
 * in place of the development script, with the app's scripts named in a `<meta>` for boot.js to
 * start. Every address is relative to the page, so the site works from any folder. Pure: strings
 * in, string out.
 */
import { editionHref, folderDepth } from '../../src/lib/editionHref.ts';
import { escapeHtml } from '../../src/lib/escapeHtml.ts';
import { APP_SCRIPT_META, SITE_ROOT_META } from '../../src/lib/pageContract.mjs';

export interface PageParts {
  /** The page's language, BCP 47. */
  lang: string;
  /** How many folders below the site's root the page is: the template's `./` addresses climb that many. */
  depth?: number;
  title: string;
  description: string;
  /** The prerendered story; empty for a page drawn by script on opening (the offline file). */
  appHtml: string;
  /** Extra tags for the head (stylesheets, preloads, metas, scripts), in order. */
  head: string[];
  /** Tags at the end of the body, after the story (the structured data): they never hold back its first paint. */
  bodyEnd?: string[];
}

/** Fills a placeholder that must be in the template exactly once. */
function fill(html: string, placeholder: string, value: string): string {
  const at = html.indexOf(placeholder);
  if (at < 0 || html.indexOf(placeholder, at + 1) >= 0) throw new Error(`The page template must hold ${placeholder} exactly once`);
  return html.slice(0, at) + value + html.slice(at + placeholder.length);
}

/** The development script tag for `entry` (`<script type="module" src="/src/main.tsx"></script>`). */
function devScript(html: string, entry: string): string {
  const tag = `<script type="module" src="/${entry}"></script>`;
  if (!html.includes(tag)) throw new Error(`The page template has no ${tag}: is the build's client entry the template's?`);
  return tag;
}

export function pageHtml(template: string, entry: string, parts: PageParts): string {
  // The development script goes: the published page starts its app through its first script and boot.js.
  const up = parts.depth ? '../'.repeat(parts.depth) : './';
  let html = fill(template.replace(devScript(template, entry), ''), '<html lang="en">', `<html lang="${escapeHtml(parts.lang)}">`);
  html = html.replaceAll('href="./', `href="${up}`);
  html = fill(html, '<!--page-title-->', escapeHtml(parts.title));
  html = fill(html, '<!--page-description-->', escapeHtml(parts.description));
  html = fill(html, '<!--head-->', parts.head.join('\n    '));
  if (parts.bodyEnd?.length) html = fill(html, '</body>', `  ${parts.bodyEnd.join('\n    ')}\n  </body>`);
  return fill(html, '<!--app-->', parts.appHtml);
}

/**
 * The tags of the published page's head, for a page `depth` folders below the site root. `styles`
 * are the page's stylesheets as `<style>` elements and `firstScript` its first script
 * (scripts/build/inlineSources.ts): inline, the first screen paints with no request beyond the page.
 * The first script links the rest of the stylesheet (`afterPaint`, from the site's root) and starts
 * boot.js (src/boot/pageStart.ts); without JavaScript, a `<noscript>` link loads that stylesheet
 * with the page. No font is preloaded: the web faces join a view only from its first paint, from the
 * cache (src/lib/webFaces.ts).
 */
export function publishedTags({
  styles,
  firstScript,
  scripts,
  afterPaint,
  depth = 0,
}: {
  styles: string[];
  firstScript: string;
  scripts: string[];
  afterPaint: string;
  depth?: number;
}) {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return {
    head: [
      ...(depth > 0 ? [`<meta name="${SITE_ROOT_META}" content="${up}" />`] : []),
      ...styles,
      `<meta name="${APP_SCRIPT_META}" content="${scripts.map((file) => `${up}${file}`).join(' ')}" />`,
      firstScript,
      `<noscript><link rel="stylesheet" href="${up}${afterPaint}" /></noscript>`,
    ],
  };
}

/** An edition's page as its address tags see it: its language and its folder below the site's root (empty for the root). */
export interface EditionAddress {
  lang: string;
  dir: string;
}

/**
 * The tags that say where a page is and where its other editions are: `hreflang` alternates for
 * every edition and `x-default` (the first, the source), relative to the page; with the published
 * address (`siteUrl`), absolute, with the page's canonical link beside them.
 */
export function addressTags(pages: readonly EditionAddress[], page: EditionAddress, siteUrl: string | null): string[] {
  // Relative from the page, or, with the published address, that made absolute from the site's root.
  const href = (target: EditionAddress) =>
    siteUrl ? new URL(editionHref(target.dir, 0), siteUrl).href : editionHref(target.dir, folderDepth(page.dir));
  const alternates =
    pages.length < 2
      ? []
      : [
          ...pages.map((target) => `<link rel="alternate" hreflang="${escapeHtml(target.lang)}" href="${escapeHtml(href(target))}" />`),
          `<link rel="alternate" hreflang="x-default" href="${escapeHtml(href(pages[0]!))}" />`,
        ];
  if (!siteUrl) return alternates;
  const here = escapeHtml(href(page));
  return [`<link rel="canonical" href="${here}" />`, ...alternates];
}

/**
 * A page the build writes whole, with no script (a beat's share page, an edition's page of sources
 * and data): its language, title, further head tags and body.
 */
export function staticPage({ lang, title, head, body }: { lang: string; title: string; head: readonly string[]; body: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    ${[
      `<meta charset="utf-8" />`,
      `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
      `<title>${escapeHtml(title)}</title>`,
      ...head,
    ].join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/**
 * An edition's page of sources and data (`<edition>/sources-and-data/`): the server's render of it,
 * with the site's stylesheets linked. `up` is the way from the page to the site's root (`../`,
 * `../../`), which `stylesheets` (`assets/app-….css`) are relative to; `canonical` is its absolute
 * address, with the published one.
 */
export function sourcesPageHtml(parts: {
  lang: string;
  title: string;
  appHtml: string;
  up: string;
  stylesheets: readonly string[];
  canonical: string | null;
}): string {
  return staticPage({
    lang: parts.lang,
    title: parts.title,
    head: [
      `<link rel="icon" href="${parts.up}favicon.svg" type="image/svg+xml" />`,
      ...(parts.canonical ? [`<link rel="canonical" href="${escapeHtml(parts.canonical)}" />`] : []),
      ...parts.stylesheets.map((file) => `<link rel="stylesheet" href="${escapeHtml(parts.up + file)}" />`),
    ],
    body: parts.appHtml,
  });
}
