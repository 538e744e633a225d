// What the built page and the code that reads it agree on: the app (src/boot, src/lib), the build's
// plugins (scripts/build) and the checks (scripts/check-budgets.mjs, the tests). Plain JavaScript, so
// Node scripts import it as it is; pageContract.d.mts types it for TypeScript.

/**
 * The `<meta>` through which the prerendered page names the app's scripts for boot.js, in the
 * order they start, separated by spaces, each relative to the page: the chunks the entry imports
 * (React), then the entry.
 */
export const APP_SCRIPT_META = 'explainer:app-script';

/**
 * The `<meta>` that gives the site's root relative to the page (`./` at the root, `../` for a page
 * one folder down): where boot.js, the loader and pym.js are, wherever the site is deployed.
 */
export const SITE_ROOT_META = 'explainer:site-root';

/**
 * The id of the `<link>` by which the page's first script links the rest of the stylesheet
 * (src/boot/pageStart.ts): a page drawn by script waits for it before it draws (src/app/startApp.tsx).
 */
export const AFTER_PAINT_STYLES_ID = 'after-paint-styles';

/**
 * The folder, in each edition's, of its page of sources and data: the story page links there in
 * place of the parts it leaves to the browser (src/reader/InBrowserOnly.tsx).
 */
export const SOURCES_PAGE_DIR = 'sources-and-data';

/** The classroom file's name, beside the web build: the teacher kit's "Download for class" link. */
export const OFFLINE_FILE_NAME = 'khamroyev-explainer.html';

/** An edition's classroom file, in its folder: the English one's name, or the language's before `.html`. */
export function offlineFileName(lang) {
  return lang === 'en' ? OFFLINE_FILE_NAME : OFFLINE_FILE_NAME.replace(/\.html$/, `-${lang.split('-')[0]}.html`);
}

/** The app scripts a built page names, in order (`./assets/react-….js`, `./assets/index-….js`). */
export function appScriptsIn(html) {
  const content = html.match(new RegExp(`<meta name="${APP_SCRIPT_META}" content="([^"]*)"`))?.[1] ?? '';
  return content.split(/\s+/).filter(Boolean);
}
