import { type RefObject, startTransition, useEffect, useEffectEvent, useState } from 'react';
import { oncePerFrame } from '../lib/oncePerFrame';
import { activeStep } from './activeStep';
import type { ViewportSource } from './viewportSource';

/** Where the trigger line sits in the readable part of the viewport: the middle. */
export const TRIGGER_RATIO = 0.5;

export interface ActiveStepOptions {
  /** The element that holds the steps; each step is a child matching `stepSelector`. */
  containerRef: RefObject<HTMLElement | null>;
  stepSelector: string;
  source: ViewportSource;
  /** Px covered at the top of the viewport, read at each measurement (a pinned graphic). */
  topInset?: () => number;
  /** Off in modes without scroll triggers. */
  enabled?: boolean;
}

/**
 * The index of the active step, from the scroll engine. Scroll, resize, IntersectionObserver and
 * ResizeObserver only wake it; it measures once per animation frame and re-renders only when the
 * step changes.
 */
export function useActiveStep({ containerRef, stepSelector, source, topInset, enabled = true }: ActiveStepOptions): {
  index: number;
  /** Whether `index` comes from a measurement yet, rather than the first step it starts on. */
  measured: boolean;
} {
  const [index, setIndex] = useState(0);
  const [measured, setMeasured] = useState(false);
  // Read at each measurement: the pinned graphic's height may change with the layout.
  const readInset = useEffectEvent(() => topInset?.() ?? 0);

  useEffect(() => {
    const container = containerRef.current;
    if (!enabled || !container) return;
    // The steps are fixed for the life of the effect: look them up once, not on every scrolled frame.
    const steps = Array.from(container.querySelectorAll<HTMLElement>(stepSelector));
    let scheduled = -1;
    const measure = () => {
      const rects = steps.map((step) => step.getBoundingClientRect());
      const position = activeStep(rects, source.read(), { topInset: readInset(), triggerRatio: TRIGGER_RATIO });
      // Most frames stay within one step: schedule a render only when the step changes. A
      // transition: the re-render a new beat causes (the graphic's next state) is sliced so it
      // never blocks a scrolling frame, and a beat scrolled straight past is never rendered at all.
      if (position.index < 0 || position.index === scheduled) return;
      scheduled = position.index;
      startTransition(() => {
        setIndex(position.index);
        setMeasured(true);
      });
    };
    const { wake, cancel } = oncePerFrame(measure);
    const unsubscribe = source.subscribe(wake);
    const intersection = new IntersectionObserver(wake, { threshold: [0, 0.5, 1] });
    const resize = new ResizeObserver(wake);
    steps.forEach((step) => intersection.observe(step));
    resize.observe(container);
    measure();
    return () => {
      unsubscribe();
      intersection.disconnect();
      resize.disconnect();
      cancel();
    };
  }, [containerRef, stepSelector, source, enabled]);

  return { index, measured };
}
