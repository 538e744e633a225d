/**
 * The story's web faces (Source Serif 4, Source Sans 3, and the Russian edition's Cyrillic cuts)
 * join a page only from its first paint, never after it: a face that arrives after the first
 * paint moves every line set in the fallback (a layout shift of 0.05 on the first screen), and a
 * face fetched before it competes with the page itself for a phone's network.
 *
 * So the stylesheet names them only under `data-web-faces` on the root element (src/theme/webFaceFamilies.css).
 * A reader's first view of the scroll story is set in the metric-matched fallback faces; once it
 * has painted, `cacheWebFaces` (src/lib/cacheWebFaces.ts, a chunk of its own) fetches the faces the page names into the browser's cache and notes
 * that in local storage. From then on the page's first script (src/boot/pageStart.ts) sets the
 * attribute before the first paint, and every later view is set in the web faces from its first
 * frame, from the cache: the faces' rules come in the stylesheet the page links after its first
 * paint, which such a view waits for (`blocking="render"`). A browser that cannot wait for a linked
 * stylesheet keeps the fallbacks. A page drawn by script (presenter, notes, kit, embed, the offline file)
 * paints only once its app runs, so it takes them at once (`applyWebFaces`).
 */

/** The root element's attribute under which the stylesheet names the web faces. */
export const WEB_FACES_ATTRIBUTE = 'data-web-faces';

/**
 * The local-storage key that says this browser has an edition's faces in its cache: one per
 * language, since the Russian edition's faces are not the others'.
 */
export function webFacesKey(lang: string): string {
  return `khamroyev-explainer:web-faces:${lang}`;
}

/** Sets the page in the web faces now: for a page drawn by script, whose first paint waits for its app. */
export function applyWebFaces(doc: Document = document): void {
  doc.documentElement.setAttribute(WEB_FACES_ATTRIBUTE, '');
}
