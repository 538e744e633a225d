/**
 * Fetches an edition's web faces into the browser's cache and notes it for the page's next first
 * paint (src/lib/webFaces.ts says why). A chunk of its own, loaded once the page has started: none
 * of it is needed before.
 */
import { webFacesKey } from './webFaces';

/** The families the stylesheet names under the attribute: the Cyrillic cuts only in the Russian edition. */
export function webFaceFamilies(lang: string): string[] {
  const latin = ['Source Serif 4', 'Source Sans 3'];
  return lang.split('-')[0] === 'ru' ? [...latin, 'Source Serif 4 Cyrillic', 'Source Sans 3 Cyrillic'] : latin;
}

/** Local storage, or null where the browser refuses it (storage blocked, a sandboxed frame). */
function localStore(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/**
 * Fetches every face of the page's families into the cache (on a page not yet set in them, loading
 * a face does not apply it: no element names it) and, once all have arrived, notes it for the page's
 * next first paint. Does nothing where the browser keeps no local storage: without the note,
 * fetching them would only spend the reader's data.
 */
export async function cacheWebFaces(doc: Document = document, win: Window = window): Promise<void> {
  const store = localStore(win);
  if (!store || !doc.fonts) return;
  const lang = doc.documentElement.lang;
  const families = webFaceFamilies(lang);
  const faces = [...doc.fonts].filter((face) => families.includes(face.family.replace(/^["']|["']$/g, '')));
  if (faces.length === 0) return;
  try {
    await Promise.all(faces.map((face) => face.load()));
    store.setItem(webFacesKey(lang), '1');
  } catch {
    // A face that failed to arrive (offline, blocked): the next view starts in the fallbacks again.
  }
}
