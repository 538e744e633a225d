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
  const observer = new ResizeObserver(wake);
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
