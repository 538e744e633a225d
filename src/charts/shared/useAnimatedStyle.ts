import { useEffect, useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { useChartTransition } from './useChartTransition';

/** What a chart element may animate: a translation and its opacity. Nothing that triggers layout. */
export interface AnimatedStyle {
  x?: number;
  y?: number;
  opacity?: number;
}

type Animate = typeof import('framer-motion/dom/mini').animate;
type Controls = ReturnType<Animate>;

/**
 * framer-motion's `animate`, fetched after the first render rather than with the page: the first
 * state needs no animation, so the first download stays small. A change that comes before it has
 * arrived (a reader who scrolls within the first instant) is simply instant.
 */
let animate: Animate | null = null;
let loading: Promise<void> | null = null;
function loadAnimate(): Promise<void> {
  loading ??= import('framer-motion/dom/mini').then(
    (module) => void (animate = module.animate),
    () => void (loading = null),
  );
  return loading;
}

/** The inline style for a state: React writes it, so the DOM is always the final state. */
export function styleOf({ x, y, opacity }: AnimatedStyle): CSSProperties {
  const style: CSSProperties = {};
  if (x !== undefined || y !== undefined) style.transform = `translate(${x ?? 0}px, ${y ?? 0}px)`;
  if (opacity !== undefined) style.opacity = opacity;
  return style;
}

/**
 * Renders `target` as an inline style and, when it changes, animates the element there from where it
 * was with framer-motion's small WAAPI `animate`: the compositor moves transforms and opacity, off the
 * main thread. React's style is the truth; the animation only plays over it, so an interrupted,
 * cancelled or skipped animation (reduced motion) always ends in the right place. A change that
 * arrives mid-animation starts from wherever the element is on screen.
 *
 * `appear`: fade in from transparent on mount (labels that arrive with a new state).
 */
export function useAnimatedStyle<T extends Element>(target: AnimatedStyle, appear = false): { ref: RefObject<T | null>; style: CSSProperties } {
  const ref = useRef<T>(null);
  const transition = useChartTransition();
  const style = styleOf(target);
  const previous = useRef<CSSProperties | null>(null);
  const running = useRef<Controls | null>(null);
  useEffect(() => void loadAnimate(), []);

  useLayoutEffect(() => {
    const element = ref.current;
    const from = previous.current ?? (appear ? { ...style, opacity: 0 } : null);
    previous.current = style;
    if (!element || !from || (from.transform === style.transform && from.opacity === style.opacity)) return;
    // No Web Animations (an old browser, jsdom): the style alone is the state, without the glide.
    if (!transition || !animate || typeof element.animate !== 'function') {
      running.current?.cancel();
      running.current = null;
      return;
    }
    // Mid-animation, the element's computed style is where it is on screen right now.
    const now = running.current ? getComputedStyle(element) : null;
    running.current?.cancel();
    const keyframes: Record<string, [string | number, string | number]> = {};
    if (style.transform !== undefined && from.transform !== style.transform) keyframes.transform = [now?.transform ?? String(from.transform), style.transform];
    if (style.opacity !== undefined && from.opacity !== style.opacity) keyframes.opacity = [now ? Number(now.opacity) : Number(from.opacity ?? 1), Number(style.opacity)];
    const controls = animate(element, keyframes, transition);
    running.current = controls;
    void controls.then(() => {
      if (running.current === controls) running.current = null;
    });
  });

  return { ref, style };
}
