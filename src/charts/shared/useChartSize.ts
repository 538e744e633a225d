import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A chart's size in CSS px. */
export interface ChartSize {
  width: number;
  height: number;
}

// useLayoutEffect warns during server rendering; there is no size to read there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * The size of the element `ref` points at, kept current with a ResizeObserver. Starts at `initial`
 * so the server and the first client render agree; the real size follows as a transition.
 */
export function useChartSize<T extends HTMLElement>(initial: ChartSize): [RefObject<T | null>, ChartSize] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState(initial);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      if (next.width > 0 && next.height > 0) {
        // As a transition: set in a layout effect, the first measurement after hydration would
        // re-lay out both charts inside hydration's commit, one 30-110 ms task on a slow phone.
        // Until it renders, the prerendered SVG is shown scaled to its box (viewBox).
        startTransition(() => setSize((old) => (old.width === next.width && old.height === next.height ? old : next)));
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
