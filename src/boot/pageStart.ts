/**
 * The published page's first script, written into its head (scripts/build/pageHtml.ts) and allowed
 * by its hash in the Content Security Policy. It does three things, none of which holds back the
 * first paint of a reader's first view:
 *
 * 1. Sets the page in the web faces when this browser already has its edition's cached
 *    (src/lib/webFaces.ts), and, on a reload or a return through history, keeps every beat in the
 *    first layout, so the restored scroll offset lands on the beat the reader left (layOutBeats.ts).
 * 2. Links the rest of the stylesheet, named by its `data-styles` attribute (src/theme/afterPaint.css):
 *    the page carries inline only the rules of the story's first screen. On a first view of that
 *    screen, once it has painted, with boot.js. Any other view needs some of those rules for its
 *    first frame, so it waits for them (`blocking="render"`): a page drawn by script, a link into
 *    the story, a restored scroll offset, a forced-colours mode, and a return with the web faces,
 *    whose rules are there, and which then finds the file in its cache.
 * 3. Starts boot.js. On the prerendered scroll story, only once the first screen has painted: a
 *    script the page fetched before its first paint, even one that waits to run, shares the phone's
 *    network with the page, and a model of a slow phone (Lighthouse's) charges the page for it.
 *    Pages drawn by script (any other mode, src/app/readMode.ts) start it at once, as do browsers
 *    without paint timing.
 *
 * The element names both files by attributes, relative to the page, so the script's text, and with
 * it its hash, is the same in every edition's folder.
 */
import { readMode } from '../app/readMode';
import { WEB_FACES_ATTRIBUTE, webFacesKey } from '../lib/webFaces';
import { firstContentfulPaint, LOAD_WAIT_CAP_MS } from './afterPageLoad';
import { RESTORING_SCROLL_ATTRIBUTE, restoresScroll } from './layOutBeats';

export function pageStart(doc: Document, win: Window & typeof globalThis): void {
  const script = doc.currentScript;
  const root = doc.documentElement;
  let firstScreenOnly = readMode(win.location.search) === 'scroll' && !win.location.hash;
  try {
    if (win.localStorage.getItem(webFacesKey(root.lang)) === '1') {
      root.setAttribute(WEB_FACES_ATTRIBUTE, '');
      firstScreenOnly = false;
    }
  } catch {
    // Storage refused (blocked, or a sandboxed frame): the fallback faces stay.
  }
  if (restoresScroll(win)) {
    root.setAttribute(RESTORING_SCROLL_ATTRIBUTE, '');
    firstScreenOnly = false;
  }
  if (win.matchMedia?.('(forced-colors: active)').matches) firstScreenOnly = false;
  const styles = script?.getAttribute('data-styles');
  let styled = !styles;
  const style = () => {
    if (styled) return;
    styled = true;
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = styles!;
    // Render-blocking only while the head is parsed, that is, before the first paint.
    if (!firstScreenOnly) link.setAttribute('blocking', 'render');
    doc.head.appendChild(link);
  };
  if (!firstScreenOnly) style();
  const src = script?.getAttribute('data-boot');
  if (!src) return style();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    style();
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
