/** Runs `task` when the browser next has a moment to spare between frames; returns its cancel. */
export function whenIdle(task: () => void): () => void {
  // Safari has no idle callbacks: there it is a task of its own.
  if (!window.requestIdleCallback) {
    const id = window.setTimeout(task);
    return () => window.clearTimeout(id);
  }
  const id = window.requestIdleCallback(task, { timeout: 300 });
  return () => window.cancelIdleCallback(id);
}
