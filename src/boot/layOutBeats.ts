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

/**
 * The root element's attribute that keeps every beat in the first layout (article.css): set by the
 * page's first script (src/boot/pageStart.ts) on a reload or a return through history, when the
 * browser restores the reader's scroll offset, which must be measured against the real layout.
 */
export const RESTORING_SCROLL_ATTRIBUTE = 'data-restoring-scroll';

/** Whether this navigation restores a scroll offset: anything but a fresh visit (a reload, back or forward). */
export function restoresScroll(win: Pick<Window, 'performance'>): boolean {
  const entry = win.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry !== undefined && entry.type !== 'navigate';
}

type IdleWindow = Pick<Window, 'setTimeout'> & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

/** Longest a beat waits for an idle moment (ms): a busy page still gets its beats before long. */
const IDLE_TIMEOUT_MS = 200;

/** What a reader does to move through the page: before the browser acts on it, every beat is laid out. */
const READER_MOVES = ['keydown', 'wheel', 'touchstart', 'pointerdown'] as const;

/**
 * Lays out every beat still skipped, one per idle moment, in reading order; all that remain at once
 * as soon as the reader presses a key, turns the wheel or touches the page, so a jump (End, a
 * scrollbar drag) is measured against the story's real length rather than its estimate.
 */
export function layOutBeats(doc: Document = document, win: IdleWindow = window): void {
  const beats = Array.from(doc.querySelectorAll<HTMLElement>(`.step:not([${LAID_OUT_ATTRIBUTE}])`));
  const all = () => {
    beats.splice(0).forEach((beat) => beat.setAttribute(LAID_OUT_ATTRIBUTE, ''));
    READER_MOVES.forEach((type) => doc.removeEventListener(type, all, true));
  };
  READER_MOVES.forEach((type) => doc.addEventListener(type, all, { capture: true, passive: true }));
  const next = () => {
    const beat = beats.shift();
    if (!beat) return all();
    beat.setAttribute(LAID_OUT_ATTRIBUTE, '');
    schedule();
  };
  const schedule = () => {
    if (beats.length === 0) return all();
    if (win.requestIdleCallback) win.requestIdleCallback(next, { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(next, 16);
  };
  schedule();
}
