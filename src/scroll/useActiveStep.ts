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
  /**
   * Called, instead of a render, with each step the reader passes through at speed (scrollPace.ts):
   * the step to mark as current now. Once they settle, the hook renders with the step they settled on.
   */
  onPassing?: (index: number, steps: readonly HTMLElement[]) => void;
}

/**
 * The index of the step the reader is reading, from the scroll engine. Scroll, resize,
 * IntersectionObserver and ResizeObserver only wake it; it measures once per animation frame and
 * re-renders only when the reader reaches a new step, or settles on one they reached at speed. A
 * step passed at speed is not a render but an `onPassing` call: a flick through five beats renders
 * the story once, for the beat it ends on.
 */
export function useActiveStep({ containerRef, stepSelector, source, topInset, enabled = true, onPassing }: ActiveStepOptions): {
  index: number;
  /** Whether `index` comes from a measurement yet, rather than the first step it starts on. */
  measured: boolean;
  /**
   * Whether the reader came to `index` at speed from beats away (a flick, a wheel spun), passing
   * others on the way, and has just settled on it: not from the beat before or after it.
   */
  leapt: boolean;
} {
  const [index, setIndex] = useState(0);
  const [measured, setMeasured] = useState(false);
  const [leapt, setLeapt] = useState(false);
  // Read at each measurement: the pinned graphic's height may change with the layout.
  const readInset = useEffectEvent(() => topInset?.() ?? 0);
  const pass = useEffectEvent((step: number, steps: readonly HTMLElement[]) => onPassing?.(step, steps));

  useEffect(() => {
    const container = containerRef.current;
    if (!enabled || !container) return;
    // The steps are fixed for the life of the effect: look them up once, not on every scrolled frame.
    const steps = Array.from(container.querySelectorAll<HTMLElement>(stepSelector));
    let scheduled = { index: -1, brisk: false };
    // The step last rendered: a reader settling at speed two or more steps from it has leapt.
    let rendered = -1;
    const pace = createScrollPace();
    let settle = 0;
    let lastBrisk = -Infinity;
    const measure = () => {
      const rects = steps.map((step) => step.getBoundingClientRect());
      const viewport = source.read();
      const now = performance.now();
      // How far down the story the viewport is: the first step's top moves with the page's scroll,
      // the viewport's with an embed host's.
      if (rects[0]) pace.sample(now, viewport.top - rects[0].top);
      const position = activeStep(rects, viewport, { topInset: readInset(), triggerRatio: TRIGGER_RATIO });
      // Passing through: look again once the movement has stopped, to say the reader has settled.
      if (isBrisk(pace, now)) {
        lastBrisk = now;
        window.clearTimeout(settle);
        settle = window.setTimeout(wake, SETTLE_MS);
      }
      // Still passing until SETTLE_MS after the last fast frame: one slow frame mid-flick (a busy
      // phone) dips the pace, and a render then would be the very dropped frames this avoids.
      const brisk = now - lastBrisk < SETTLE_MS - 1;
      if (position.index < 0) return;
      // Passing through: the step is marked, every frame it is not yet (a render committed late
      // may have marked another), and nothing renders.
      if (brisk && scheduled.index >= 0) {
        scheduled = { index: position.index, brisk };
        pass(position.index, steps);
        return;
      }
      // Most frames stay within one step: schedule a render only when the step changes, or when the
      // reader settles on a step they reached at speed. A transition: the re-render a new beat
      // causes is sliced so it never blocks a scrolling frame.
      const changed = position.index !== scheduled.index;
      const settled = scheduled.brisk;
      if (!changed && !settled) return;
      scheduled = { index: position.index, brisk: false };
      if (settled) pass(position.index, steps);
      const leap = settled && rendered >= 0 && Math.abs(position.index - rendered) > 1;
      rendered = position.index;
      startTransition(() => {
        setIndex(position.index);
        setMeasured(true);
        setLeapt(leap);
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

  return { index, measured, leapt };
}
