/** Longest a task waits for a moment to spare (ms): on a page never idle, it runs all the same. */
const IDLE_TIMEOUT_MS = 300;

/** Runs `task` when the browser next has a moment to spare between frames; returns its cancel. */
export function whenIdle(task: () => void): () => void {
  // Safari has no idle callbacks: there it is a task of its own.
  if (!window.requestIdleCallback) {
    const id = window.setTimeout(task);
    return () => window.clearTimeout(id);
  }
  const id = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  return () => window.cancelIdleCallback(id);
}
