/**
 * The beats after the first are left out of the first layout (`content-visibility: auto` in
 * article.css, until they carry `data-laid-out`): the first paint then lays out the masthead and the
 * first beat, not the whole story, which on a phone was most of the main thread's work before it.
 * Once the page has painted, this lays the beats out one at a time, each in an idle moment of its
 * own, so none is a long task and every beat is laid out before the reader scrolls to it: a beat laid
 * out only as it scrolls into view costs a mid-range phone dropped frames mid-scroll. Without
 * JavaScript the beats stay as they are and the browser lays each out as it nears.
 */

/** The attribute that ends a beat's skipping (article.css). */
export const LAID_OUT_ATTRIBUTE = 'data-laid-out';

type IdleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** Longest a beat waits for an idle moment (ms): a busy page still gets its beats before long. */
const IDLE_TIMEOUT_MS = 200;

/** Lays out every beat still skipped, one per idle moment, in reading order. */
export function layOutBeats(doc: Document = document, win: IdleWindow = window): void {
  const beats = Array.from(doc.querySelectorAll<HTMLElement>(`.step:not([${LAID_OUT_ATTRIBUTE}])`));
  const next = () => {
    const beat = beats.shift();
    if (!beat) return;
    beat.setAttribute(LAID_OUT_ATTRIBUTE, '');
    schedule();
  };
  const schedule = () => {
    if (beats.length === 0) return;
    if (win.requestIdleCallback) win.requestIdleCallback(next, { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(next, 16);
  };
  schedule();
}
