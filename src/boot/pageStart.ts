/**
 * The published page's first script, written into its head (scripts/build/pageHtml.ts) and allowed
 * by its hash in the Content Security Policy. It does three things, none of which holds back the
 * first paint of a reader's first view:
 *
 * 1. Sets the page in the web faces when this browser already has its edition's cached
 *    (src/lib/webFaces.ts) and can hold the first paint for their rules (below), and, on a reload or a return through history, keeps every beat in the
 *    first layout, so the restored scroll offset lands on the beat the reader left (layOutBeats.ts).
 * 2. Links the rest of the stylesheet, named by its `data-styles` attribute (src/theme/afterPaint.css):
 *    the page carries inline only the rules of the story's first screen, so it links the rest once
 *    that screen has painted, with boot.js. Any other view of the story needs some of those rules
 *    for its first frame, so it links them at once and waits for them (`blocking="render"`): a
 *    link into the story, a restored scroll offset, a forced-colours mode, and a return with the
 *    web faces, whose rules are there, and which then finds the file in its cache. A page drawn by
 *    script waits for them itself, before it draws (src/app/startApp.tsx).
 * 3. Starts boot.js once the prerendered page has painted, in every mode: a script the page fetched
 *    before its first paint, even one that waits to run, shares the phone's network with the page,
 *    and a model of a slow phone (Lighthouse's) charges the page for it. A page drawn by script
 *    (any other mode, src/app/readMode.ts) replaces that first paint with its own once its app has
 *    run; in a frame (an embed, a card), which may be far below its host's fold and not paint until
 *    the reader nears it, it starts at once. Browsers without paint timing start it at once too.
 *
 * The element names both files by attributes, relative to the page, so the script's text, and with
 * it its hash, is the same in every edition's folder.
 */
import { asksForScriptDrawnPage } from '../app/readMode';
import { AFTER_PAINT_STYLES_ID } from '../lib/pageContract.mjs';
import { WEB_FACES_ATTRIBUTE, webFacesKey } from '../lib/webFaces';
import { firstContentfulPaint, LOAD_WAIT_CAP_MS } from './afterPageLoad';
import { RESTORING_SCROLL_ATTRIBUTE, restoresScroll } from './layOutBeats';

export function pageStart(doc: Document, win: Window & typeof globalThis): void {
  const script = doc.currentScript;
  const root = doc.documentElement;
  // The mode as the app reads it; the viewport's say (article mode on a tiny screen) is boot.js's.
  const drawnByScript = asksForScriptDrawnPage(win.location.search);
  let firstScreenOnly = !win.location.hash;
  // Where a script-linked stylesheet cannot hold the first paint (no `blocking` attribute), a view
  // stays in the fallback faces: the faces' rules would arrive after it, and every line would move.
  const canWait = 'blocking' in (win.HTMLLinkElement?.prototype ?? {});
  try {
    if (canWait && win.localStorage.getItem(webFacesKey(root.lang)) === '1') {
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
  const restHref = script?.getAttribute('data-styles');
  let linked = !restHref;
  const linkRestOfStylesheet = (blocking: boolean) => {
    if (linked) return;
    linked = true;
    const link = doc.createElement('link');
    link.id = AFTER_PAINT_STYLES_ID;
    link.rel = 'stylesheet';
    link.href = restHref!;
    // Render-blocking only while the head is parsed, that is, before the first paint.
    if (blocking) link.setAttribute('blocking', 'render');
    doc.head.appendChild(link);
  };
  // The story waits for it before it paints when its first frame needs more than the first
  // screen's rules; a page drawn by script waits for it itself, before it draws (src/app/startApp.tsx).
  if (!drawnByScript && !firstScreenOnly) linkRestOfStylesheet(true);
  const src = script?.getAttribute('data-boot');
  if (!src) return linkRestOfStylesheet(false);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    linkRestOfStylesheet(false);
    const boot = doc.createElement('script');
    boot.type = 'module';
    boot.src = src;
    doc.head.appendChild(boot);
  };
  // A page drawn by script in a frame (an embed, a card) may sit far below its host's fold, where
  // no paint comes until the reader nears it; it starts at once, to tell its host its height.
  if (drawnByScript && win.parent !== win) return start();
  // The task after the paint: the frame is on screen before the request goes out. Without paint
  // timing, at once.
  void firstContentfulPaint(win).then(() => win.setTimeout(start, 0));
  // A first paint that never comes (a hidden frame) never keeps the story asleep.
  win.setTimeout(start, LOAD_WAIT_CAP_MS);
}
