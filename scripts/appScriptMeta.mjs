// The <meta> name through which the prerendered page names the app's scripts for dist/boot.js, in
// the order boot.js starts them (space-separated):
// scripts/prerender.mjs writes it and scripts/check-budgets.mjs reads it. The same name is
// APP_SCRIPT_META in src/boot/appScript.ts, which boot.js reads (a Node script cannot import it).
export const APP_SCRIPT_META = 'khamroyev:app-script';

/** The app scripts a built page names, in order ('/assets/react-….js', '/assets/index-….js'). */
export function appScriptsIn(html) {
  const content = html.match(new RegExp(`<meta name="${APP_SCRIPT_META}" content="([^"]*)"`))?.[1] ?? '';
  return content.split(/\s+/).filter(Boolean);
}
