/** Longest the app waits for the page's `load` event or first paint: a stalled font never keeps it asleep. */
export const LOAD_WAIT_CAP_MS = 3000;
/** A frame that never comes (a throttled, hidden or busy frame) never keeps it asleep either. */
const FRAME_WAIT_CAP_MS = 100;

/** Resolves on the page's `load` event (fonts and icons in), or at once if it has passed. */
function loaded(win: Window): Promise<void> {
  if (win.document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => win.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * Resolves once the page has painted text or graphics (`first-contentful-paint`). A browser without
 * paint timing resolves at once: `load` and the frame after it stand in.
 */
export function firstContentfulPaint(win: Window): Promise<void> {
  const Observer = (win as Window & typeof globalThis).PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new Observer((list: PerformanceObserverEntryList) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Resolves after `promise`, or after `ms`, whichever comes first. */
const capped = (win: Window, promise: Promise<void>, ms: number) =>
  Promise.race([promise, new Promise<void>((resolve) => win.setTimeout(resolve, ms))]);

/**
 * Runs `work` once, after the page has loaded (its fonts included), has painted its first content,
 * and has painted a frame since; or after the caps above, whichever comes first. On the prerendered
 * article this keeps the app's script off the network and the main thread while the first screen's
 * words and fonts arrive and paint.
 */
export function afterPageLoad(work: () => void, win: Window = window): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  void capped(
    win,
    Promise.all([loaded(win), firstContentfulPaint(win)]).then(() => undefined),
    LOAD_WAIT_CAP_MS,
  ).then(() => {
    // The frame after `load` paints what loading changed (a swapped font); the task after it follows that paint.
    win.requestAnimationFrame(() => win.setTimeout(run, 0));
    win.setTimeout(run, FRAME_WAIT_CAP_MS);
  });
}
