import { oncePerFrame } from '../lib/oncePerFrame';

/** The document's height including the body's margins, in whole px: what the host must make room for. */
export function documentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  const height = body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(height);
}

/**
 * Reports the document's height whenever it changes, at most once per animation frame. Returns a
 * function that stops the reports, and one that sends the current height now (pym asks on resize).
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
  wake();
  return {
    stop: () => {
      observer.disconnect();
      cancel();
    },
    now: () => send((last = documentHeight())),
  };
}
