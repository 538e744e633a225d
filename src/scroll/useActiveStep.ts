import { type RefObject, startTransition, useEffect, useEffectEvent, useState } from 'react';
import { oncePerFrame } from '../lib/oncePerFrame';
import { activeStep } from './activeStep';
import { createScrollPace, isBrisk } from './scrollPace';
import type { ViewportSource } from './viewportSource';

/** Where the trigger line sits in the readable part of the viewport: the middle. */
export const TRIGGER_RATIO = 0.5;

/** How long after the last fast movement the engine looks again, to see the reader has settled (ms). */
const SETTLE_MS = 200;

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
  /** Whether the reader is passing through `index` at speed rather than reading it (scrollPace.ts); false once they settle. */
  brisk: boolean;
} {
  const [position, setPosition] = useState({ index: 0, brisk: false });
  const [measured, setMeasured] = useState(false);
  // Read at each measurement: the pinned graphic's height may change with the layout.
  const readInset = useEffectEvent(() => topInset?.() ?? 0);

  useEffect(() => {
    const container = containerRef.current;
    if (!enabled || !container) return;
    // The steps are fixed for the life of the effect: look them up once, not on every scrolled frame.
    const steps = Array.from(container.querySelectorAll<HTMLElement>(stepSelector));
    let scheduled = { index: -1, brisk: false };
    const pace = createScrollPace();
    let settle = 0;
    const measure = () => {
      const rects = steps.map((step) => step.getBoundingClientRect());
      const viewport = source.read();
      const now = performance.now();
      // How far down the story the viewport is: the first step's top moves with the page's scroll,
      // the viewport's with an embed host's.
      if (rects[0]) pace.sample(now, viewport.top - rects[0].top);
      const position = activeStep(rects, viewport, { topInset: readInset(), triggerRatio: TRIGGER_RATIO });
      const brisk = isBrisk(pace, now);
      // Passing through: look again once the movement has stopped, to say the reader has settled.
      if (brisk) {
        window.clearTimeout(settle);
        settle = window.setTimeout(wake, SETTLE_MS);
      }
      // Most frames stay within one step: schedule a render only when the step changes, or when the
      // reader settles on a step they reached at speed. A transition: the re-render a new beat
      // causes is sliced so it never blocks a scrolling frame, and a beat scrolled straight past is
      // never rendered at all.
      const changed = position.index !== scheduled.index;
      const settled = scheduled.brisk && !brisk;
      if (position.index < 0 || (!changed && !settled)) return;
      scheduled = { index: position.index, brisk };
      startTransition(() => {
        setPosition({ index: position.index, brisk });
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
      window.clearTimeout(settle);
    };
  }, [containerRef, stepSelector, source, enabled]);

  return { index: position.index, measured, brisk: position.brisk };
}
