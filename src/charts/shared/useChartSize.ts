import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useHasHydrated } from './useHasHydrated';

/** A chart's size in CSS px. */
export interface ChartSize {
  width: number;
  height: number;
}

// useLayoutEffect warns during server rendering; there is no size to read there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * The size of the element `ref` points at, kept current with a ResizeObserver. Starts at `initial`
 * so the server and the first client render agree; the real size arrives before paint, or, while
 * the prerendered page hydrates, in a transition just after.
 */
export function useChartSize<T extends HTMLElement>(initial: ChartSize): [RefObject<T | null>, ChartSize] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState(initial);
  const hydrated = useHasHydrated();
  // The observer's callbacks outlive the render that set them up: they read the latest from here,
  // written by the layout effect below, which runs before the one that measures.
  const hydratedNow = useRef(hydrated);
  useIsomorphicLayoutEffect(() => {
    hydratedNow.current = hydrated;
  }, [hydrated]);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      if (next.width > 0 && next.height > 0) {
        const apply = () => setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
        // While hydrating, as a transition: set in this layout effect, the first measurement would
        // re-lay out both charts inside hydration's commit, one 30-110 ms task on a slow phone.
        // Until it renders, the prerendered SVG stays, scaled to its box (viewBox). A page drawn
        // by script has no such picture to show: it gets its size before the first paint.
        if (!hydratedNow.current) startTransition(apply);
        else apply();
      }
    };
    const rect = element.getBoundingClientRect();
    update(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
