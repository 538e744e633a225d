/** Posts to the page that frames this one; a host that cannot receive messages is told nothing. */
export function postToParent(message: unknown): void {
  try {
    window.parent.postMessage(message, '*');
  } catch {
    // Nothing to tell it.
  }
}
