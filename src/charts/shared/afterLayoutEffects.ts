/**
 * Runs work queued during React's layout effects once all of them have run, still before the
 * browser paints: in one microtask, at the first microtask checkpoint after React's commit returns.
 *
 * Why: each chart element's effect reads where it is on screen (a computed style) and then starts
 * an animation, which changes style. Run element by element, every read after the previous
 * element's write makes the browser recompute style and layout again: twenty marks, twenty
 * recalculations in one task. Reading in the effects and writing here computes them once.
 */
let queue: (() => void)[] = [];

function flush(): void {
  const writes = queue;
  queue = [];
  for (const write of writes) {
    try {
      write();
    } catch (error) {
      // One failed animation must not stop the others; the error still surfaces, uncaught.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** Queues `write` to run after every layout effect of the current commit. */
export function afterLayoutEffects(write: () => void): void {
  if (queue.length === 0) queueMicrotask(flush);
  queue.push(write);
}
