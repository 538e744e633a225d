/**
 * The `<meta>` through which the prerendered page names the app's scripts for `dist/boot.js`, in the
 * order they start, separated by spaces: the chunks the entry imports (React), then the entry.
 * The build scripts hold the same name in scripts/appScriptMeta.mjs (a Node script cannot import this file).
 */
export const APP_SCRIPT_META = 'khamroyev:app-script';

const OWN_ASSET = /^\/assets\/[\w.-]+\.js$/;

/**
 * The app scripts the page names, in order, if every one is one of this build's own assets. Anything
 * else names no script at all: starting the entry without the chunks before it would only do their
 * work in one long task again, and a list with a stranger in it was not written by our build.
 */
export function appScriptUrls(doc: Document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_SCRIPT_META}"]`)?.content.trim() ?? '';
  const urls = content ? content.split(/\s+/) : [];
  return urls.every((url) => OWN_ASSET.test(url)) ? urls : [];
}
