/**
 * The published page's first script, written into its head (scripts/build/pageHtml.ts) and allowed
 * by its hash in the Content Security Policy. It does two things before the first paint, and
 * nothing that costs it:
 *
 * 1. Sets the page in the web faces when this browser already has its edition's cached
 *    (src/lib/webFaces.ts), and, on a reload or a return through history, keeps every beat in the
 *    first layout, so the restored scroll offset lands on the beat the reader left (layOutBeats.ts).
 * 2. Starts boot.js. On the prerendered scroll story, only once the first screen has painted: a
 *    script the page fetched before its first paint, even one that waits to run, shares the phone's
 *    network with the page, and a model of a slow phone (Lighthouse's) charges the page for it.
 *    Pages drawn by script (any other mode, src/app/readMode.ts) start it at once, as do browsers
 *    without paint timing.
 *
 * The element names boot.js by its `data-boot` attribute, relative to the page, so the script's
 * text, and with it its hash, is the same in every edition's folder.
 */
import { readMode } from '../app/readMode';
import { WEB_FACES_ATTRIBUTE, webFacesKey } from '../lib/webFaces';
import { firstContentfulPaint, LOAD_WAIT_CAP_MS } from './afterPageLoad';
import { RESTORING_SCROLL_ATTRIBUTE, restoresScroll } from './layOutBeats';

export function pageStart(doc: Document, win: Window & typeof globalThis): void {
  const script = doc.currentScript;
  const root = doc.documentElement;
  try {
    if (win.localStorage.getItem(webFacesKey(root.lang)) === '1') root.setAttribute(WEB_FACES_ATTRIBUTE, '');
  } catch {
    // Storage refused (blocked, or a sandboxed frame): the fallback faces stay.
  }
  if (restoresScroll(win)) root.setAttribute(RESTORING_SCROLL_ATTRIBUTE, '');
  const src = script?.getAttribute('data-boot');
  if (!src) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const boot = doc.createElement('script');
    boot.type = 'module';
    boot.src = src;
    doc.head.appendChild(boot);
  };
  // The mode as the app reads it; the viewport's say (article mode on a tiny screen) is boot.js's.
  if (readMode(win.location.search) !== 'scroll') return start();
  // The task after the paint: the frame is on screen before the request goes out. Without paint
  // timing, at once.
  void firstContentfulPaint(win).then(() => win.setTimeout(start, 0));
  // A first paint that never comes (a hidden frame) never keeps the story asleep.
  win.setTimeout(start, LOAD_WAIT_CAP_MS);
}
