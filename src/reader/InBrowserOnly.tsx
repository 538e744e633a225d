import { createContext, Suspense, useContext, useLayoutEffect, type ReactNode } from 'react';

/**
 * The digest the server render gives each part it leaves to the browser. Hydration reports such a
 * part as a recoverable error with it; `startApp` lets those pass, as they are by design.
 */
export const IN_BROWSER_ONLY_DIGEST = 'in-browser-only';

/** The class of a part's stand-in in the prerendered page (src/app/prerenderedParts.tsx). */
export const STAND_IN_CLASS = 'elsewhere-note';

/**
 * How the server render writes a part it leaves to the browser (src/app/prerenderedParts.tsx). It
 * provides this; in the browser there is none, so none of its code is in the app.
 */
export const PrerenderedPart = createContext<((part: string, children: ReactNode) => ReactNode) | null>(null);

/**
 * The entry a link into a part named (`#source-S50`, `#embed`) while the page held only the part's
 * stand-in, read as the app starts: the browser landed on the stand-in, and the entry itself comes
 * with the part. Only on a fresh visit (a reload or a return through history puts the reader back
 * where they were), and only until the reader scrolls, touches or presses a key themselves.
 */
let linkedEntry: string | null = null;
if (typeof document !== 'undefined') {
  // The hash as the browser matched it to an id; a malformed escape names nothing.
  const id = (() => {
    try {
      return decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return '';
    }
  })();
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (id && (navigation?.type ?? 'navigate') === 'navigate' && document.getElementById(id)?.closest(`.${STAND_IN_CLASS}`)) {
    linkedEntry = id;
    const forget = () => {
      linkedEntry = null;
      for (const type of ['wheel', 'touchstart', 'keydown']) window.removeEventListener(type, forget, true);
    };
    for (const type of ['wheel', 'touchstart', 'keydown']) window.addEventListener(type, forget, { capture: true, passive: true });
  }
}

/**
 * Brings the reader to the entry they were linked to, once it is drawn, and again each time
 * another part is drawn above it and moves it, until they move themselves.
 */
function LandOnLinkedEntry() {
  useLayoutEffect(() => {
    const entry = linkedEntry === null ? null : document.getElementById(linkedEntry);
    if (!entry || entry.closest(`.${STAND_IN_CLASS}`)) return;
    entry.scrollIntoView();
    // Entries that skip layout until near (content-visibility) take their real height once the
    // reader is there, which moves the one linked to: land again on the frame after.
    requestAnimationFrame(() => requestAnimationFrame(() => linkedEntry !== null && entry.scrollIntoView()));
  }, []);
  return null;
}

/**
 * A part of the page the prerendered HTML leaves out, to keep the story page's first download
 * inside one round trip: the server writes a stand-in (a link to the page where a reader without
 * JavaScript finds the part in full), and the browser renders `children` as the app starts. The
 * stand-in carries the part's id and its entries' (`source-S05`), so a link to one lands there; once
 * the part is drawn, the reader is brought to the entry itself.
 */
export function InBrowserOnly({ part, children }: { part: string; children: ReactNode }) {
  const prerendered = useContext(PrerenderedPart);
  return prerendered ? (
    prerendered(part, children)
  ) : (
    <Suspense fallback={null}>
      {children}
      <LandOnLinkedEntry />
    </Suspense>
  );
}
