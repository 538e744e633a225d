/**
 * Keeps the presenter's slides and the notes window on the same beat, both ways: through a
 * BroadcastChannel where the browser allows it, and through postMessage between the two windows
 * where it does not (a file opened from disk, a sandboxed frame).
 */
import { isPosition, type PresenterBeat, type PresenterPosition } from './presenterPosition';

const TYPE = 'khamroyev:present';
const VERSION = 1;
const CHANNEL = 'khamroyev-present';

/** Reads a sync message: a position this story has, or null for anything else. */
export function parseSync(data: unknown, beats: readonly PresenterBeat[]): PresenterPosition | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== TYPE || m.version !== VERSION) return null;
  const position = { index: m.index, reveal: m.reveal };
  return isPosition(beats, position) ? { index: position.index, reveal: position.reveal } : null;
}

/** Opens the channel; `peer` returns the other window for the postMessage fallback. */
export function openPresenterChannel(
  onSync: (sync: PresenterPosition) => void,
  beats: readonly PresenterBeat[],
  peer: () => Window | null,
) {
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
    send(sync: PresenterPosition) {
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
