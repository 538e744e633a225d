import { useEffect, useEffectEvent, useRef } from 'react';
import { openPresenterChannel } from './presenterChannel';
import type { PresenterBeat, PresenterPosition } from './presenterPosition';

/**
 * Mirrors the position between the slides and the notes window: local moves are sent, remote moves
 * applied (and not sent back, so the two windows never echo each other).
 */
export function usePresenterSync(
  position: PresenterPosition,
  apply: (sync: PresenterPosition) => void,
  beats: readonly PresenterBeat[],
  peer: () => Window | null,
): void {
  const remote = useRef<string | null>(null);
  const channel = useRef<ReturnType<typeof openPresenterChannel> | null>(null);
  // Effect events: the channel, opened once, always calls the latest of each.
  const onRemote = useEffectEvent((sync: PresenterPosition) => {
    remote.current = `${sync.index}:${sync.reveal}`;
    apply(sync);
  });
  const currentPeer = useEffectEvent(() => peer());

  useEffect(() => {
    channel.current = openPresenterChannel(onRemote, beats, currentPeer);
    return () => channel.current?.close();
  }, [beats]);

  useEffect(() => {
    const key = `${position.index}:${position.reveal}`;
    if (key === remote.current) return;
    remote.current = null;
    channel.current?.send(position);
  }, [position]);
}
