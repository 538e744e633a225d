import { createContext, Suspense, useContext, type ReactNode } from 'react';

/**
 * The digest the server render gives each part it leaves to the browser. Hydration reports such a
 * part as a recoverable error with it; `startApp` lets those pass, as they are by design.
 */
export const IN_BROWSER_ONLY_DIGEST = 'in-browser-only';

/**
 * How the server render writes a part it leaves to the browser (src/app/prerenderedParts.tsx). It
 * provides this; in the browser there is none, so none of its code is in the app.
 */
export const PrerenderedPart = createContext<((part: string, children: ReactNode) => ReactNode) | null>(null);

/**
 * A part of the page the prerendered HTML leaves out, to keep the story page's first download
 * inside one round trip: the server writes a stand-in (a link to the page where a reader without
 * JavaScript finds the part in full), and the browser renders `children` as the app starts. The
 * stand-in carries the part's id and its entries' (`source-S05`), so a link to one lands there;
 * once the part is drawn, the reader is at its start, and an entry far down it (`#source-S50`) is
 * a scroll away.
 */
export function InBrowserOnly({ part, children }: { part: string; children: ReactNode }) {
  const prerendered = useContext(PrerenderedPart);
  return prerendered ? prerendered(part, children) : <Suspense fallback={null}>{children}</Suspense>;
}
