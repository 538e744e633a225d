import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * The one way the page knows it is hydrating: false on the server and while React hydrates the
 * prerendered page, true afterwards and in pages drawn by script. Charts use it to render their
 * first state fully drawn (so the prerendered SVG is complete and hydration matches), to animate
 * only the states that follow, and to defer their first measured size out of hydration's commit.
 */
export function useHasHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
