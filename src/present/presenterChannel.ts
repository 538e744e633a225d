/**
 * Keeps the presenter's slides and the notes window on the same beat, both ways: through a
 * BroadcastChannel where the browser allows it, and through postMessage between the two windows
 * where it does not (a file opened from disk, a sandboxed frame).
 */
export interface PresenterSync {
  index: number;
  reveal: 0 | 1 | 2;
}

const TYPE = 'khamroyev:present';
const VERSION = 1;
const CHANNEL = 'khamroyev-present';

/** Reads a sync message, or null for anything else. */
export function parseSync(data: unknown, beats: number): PresenterSync | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== TYPE || m.version !== VERSION) return null;
  const { index, reveal } = m;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= beats) return null;
  if (reveal !== 0 && reveal !== 1 && reveal !== 2) return null;
  return { index: index as number, reveal };
}

/** Opens the channel; `peer` returns the other window for the postMessage fallback. */
export function openPresenterChannel(onSync: (sync: PresenterSync) => void, beats: number, peer: () => Window | null) {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event) => {
      const sync = parseSync(event.data, beats);
      if (sync) onSync(sync);
    };
  } catch {
    channel = null;
  }
  const onMessage = (event: MessageEvent) => {
    if (event.source !== peer() || event.origin !== window.location.origin) return;
    const sync = parseSync(event.data, beats);
    if (sync) onSync(sync);
  };
  window.addEventListener('message', onMessage);
  return {
    send(sync: PresenterSync) {
      const message = { type: TYPE, version: VERSION, ...sync };
      if (channel) channel.postMessage(message);
      else peer()?.postMessage(message, window.location.origin);
    },
    close() {
      channel?.close();
      window.removeEventListener('message', onMessage);
    },
  };
}
