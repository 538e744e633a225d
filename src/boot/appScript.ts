/**
 * The `<meta>` through which the prerendered page names the app's script for `dist/boot.js`.
 * The build scripts hold the same name in scripts/appScriptMeta.mjs (a Node script cannot import this file).
 */
export const APP_SCRIPT_META = 'khamroyev:app-script';

/** The app script the page names, if it is one of this build's own assets; anything else is ignored. */
export function appScriptUrl(doc: Document): string | null {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_SCRIPT_META}"]`)?.content ?? '';
  return /^\/assets\/[\w.-]+\.js$/.test(content) ? content : null;
}
