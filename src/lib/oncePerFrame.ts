/**
 * Wraps `work` so that any number of calls within one animation frame run it once, on the next
 * frame. Scroll, resize and observer callbacks only wake it; `cancel` drops a pending run.
 */
export function oncePerFrame(work: () => void): { wake: () => void; cancel: () => void } {
  let frame = 0;
  return {
    wake() {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        work();
      });
    },
    cancel() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
