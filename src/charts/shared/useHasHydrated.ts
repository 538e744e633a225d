import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true afterwards. Charts use it to render their first
 * state fully drawn (so the prerendered SVG is complete and hydration matches) and to animate only
 * the states that follow.
 */
export function useHasHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
