import { startTransition, StrictMode } from 'react';
import type { StoryEdition } from '../story';
import { installFormats } from '../lib/capturedFormats';
import { applyWebFaces } from '../lib/webFaces';
import { preload } from '../reader/EditionContext';
import { IN_BROWSER_ONLY_DIGEST } from '../reader/InBrowserOnly';
import { App } from './App';
import { quietRootEvents } from './quietRootEvents';
import { createRoot, hydrateRoot } from './reactRuntime';
import { readMode } from './readMode';
import { AFTER_PAINT_STYLES_ID } from '../lib/pageContract.mjs';
import '../theme/fonts.css';
import '../theme/tokens.css';
import '../theme/base.css';

/** Longest a page drawn by script waits for the rest of the stylesheet: it draws without it rather than not at all. */
const STYLESHEET_WAIT_CAP_MS = 3000;

/** Resolves once a stylesheet the page links has loaded, or failed, or after the cap; at once without one. */
function stylesheetLoaded(link: HTMLElement | null): Promise<void> {
  if (!(link instanceof HTMLLinkElement) || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    window.setTimeout(resolve, STYLESHEET_WAIT_CAP_MS);
  });
}

/**
 * Starts the page for a story in the browser: reads the mode from the URL and renders that page into
 * `#root`. The HTML is prerendered in the default mode: it is hydrated there, rendered afresh in any
 * other. Hydrating as a transition lets React yield to the browser every few milliseconds, so a slow
 * phone can scroll and paint the prerendered story while it hydrates, with no long task.
 */
export function startApp(edition: StoryEdition): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  if (edition.formats) installFormats(edition.lang, edition.formats);
  const mode = readMode(window.location.search, { width: window.innerWidth, height: window.innerHeight });
  const hydrating = mode === 'scroll' && Boolean(root.firstElementChild);
  quietRootEvents(root);
  const page = <App mode={mode} edition={edition} />;
  // Strict mode's checks run in development only: in the published bundle its wrapper is bytes alone.
  const app = import.meta.env.DEV ? <StrictMode>{page}</StrictMode> : page;
  // The beats' text comes just after the first download. The page is drawn or hydrated once it is
  // here, so nothing shows a beat without its text; if it cannot come, the prerendered story stays,
  // as it does when the app itself cannot load.
  // A page drawn by script also waits for the rest of the stylesheet, which holds its layout's rules
  // and the web faces'.
  Promise.all([preload(edition.load.prose), hydrating ? null : stylesheetLoaded(document.getElementById(AFTER_PAINT_STYLES_ID))]).then(
    () => {
      if (hydrating) {
        startTransition(
          () =>
            void hydrateRoot(root, app, {
              // The parts the prerender left to the browser come back as recoverable errors, by design.
              onRecoverableError: (error) => (error as { digest?: string }).digest !== IN_BROWSER_ONLY_DIGEST && console.error(error),
            }),
        );
      } else {
        // It paints only now, so it is set in the web faces from its first frame; the prerendered
        // story keeps the faces it first painted in (src/lib/webFaces.ts).
        applyWebFaces();
        root.replaceChildren();
        createRoot(root).render(app);
      }
      // The faces for the reader's next view, once this one is drawn: never competing with it. The
      // rules that name them are in the rest of the stylesheet.
      void stylesheetLoaded(document.getElementById(AFTER_PAINT_STYLES_ID))
        .then(() => import('../lib/cacheWebFaces'))
        .then(
          ({ cacheWebFaces }) => cacheWebFaces(),
          () => undefined,
        );
    },
    (error: unknown) => console.warn('The story’s text could not load; the page stays as it is:', error),
  );
}
