import { oncePerFrame } from '../lib/oncePerFrame';

/** The document's height including the body's margins, in whole px: what the host must make room for. */
export function documentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  const height = body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(height);
}

/**
 * When to measure again after starting, in ms. A cross-origin frame far below the host's fold gets
 * no animation frames and no resize-observer callbacks until it nears the screen: the browser
 * throttles its rendering. Timers, DOM mutations and the load events still run there, and reading
 * the layout forces it, so the host knows the story's real height before the reader arrives.
 */
const SETTLE_MS = [150, 500, 1000, 1800];

/**
 * Reports the document's height whenever it changes. Returns a function that stops the reports, and
 * one that sends the current height now (pym asks on resize). The first report goes at once.
 */
export function reportHeight(send: (height: number) => void): { stop: () => void; now: () => void } {
  let last = -1;
  const measure = () => {
    const height = documentHeight();
    if (height !== last) {
      last = height;
      send(height);
    }
  };
  const { wake, cancel } = oncePerFrame(measure);
  // The observer's callback already runs once per frame, after layout: measure there directly. (Waiting
  // for the next animation frame as well lost the last change in a busy cross-origin frame.)
  const observer = new ResizeObserver(measure);
  observer.observe(document.body);
  // React's renders, the beats' text arriving: mutations are delivered even where frames are not.
  let pending = 0;
  const soon = () => {
    if (!pending) pending = window.setTimeout(() => ((pending = 0), measure()), 50);
  };
  const mutations = new MutationObserver(soon);
  mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
  const timers = SETTLE_MS.map((ms) => window.setTimeout(measure, ms));
  window.addEventListener('load', measure);
  void document.fonts?.ready.then(measure, () => {});
  measure();
  wake();
  return {
    stop: () => {
      observer.disconnect();
      mutations.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
      window.clearTimeout(pending);
      window.removeEventListener('load', measure);
      cancel();
    },
    now: () => send((last = documentHeight())),
  };
}
