import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { afterLayoutEffects } from './afterLayoutEffects';
import { useChartTransition } from './useChartTransition';

/** What a chart element may animate: a translation and its opacity. Nothing that triggers layout. */
export interface AnimatedStyle {
  x?: number;
  y?: number;
  opacity?: number;
}

type Animate = typeof import('framer-motion/dom/mini').animate;
type Controls = ReturnType<Animate>;
type Keyframes = { transform?: [string, string]; opacity?: [number, number] };

/** An animation start waiting for the commit's other reads (see afterLayoutEffects). */
interface QueuedStart {
  keyframes: Keyframes;
  cancelled: boolean;
}

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

/** The CSS values of a state, as the animation's keyframes need them. */
function cssOf({ x, y, opacity }: AnimatedStyle): { transform?: string; opacity?: number } {
  return {
    ...(x !== undefined || y !== undefined ? { transform: `translate(${x ?? 0}px, ${y ?? 0}px)` } : {}),
    ...(opacity !== undefined ? { opacity } : {}),
  };
}

/** The SVG `transform` attribute for a state's translation. */
export function translateAttribute({ x, y }: AnimatedStyle): string | undefined {
  return x === undefined && y === undefined ? undefined : `translate(${x ?? 0} ${y ?? 0})`;
}

/**
 * Animates an element from its previous state to `target` when the state changes, with
 * framer-motion's small Web Animations `animate`: the compositor moves transforms and opacity, off
 * the main thread.
 *
 * The caller renders the state itself, as SVG attributes or a class (never an inline `style`
 * attribute, which a strict Content Security Policy would block in the prerendered HTML). The
 * animation only plays over what React rendered: when it ends, is cancelled or is skipped (reduced
 * motion), the inline values it leaves are removed, so the element always rests on React's state.
 * A change that arrives mid-animation starts from wherever the element is on screen.
 *
 * `appear`: fade in from transparent on mount (labels that arrive with a new state).
 */
export function useAnimateOnChange<T extends HTMLElement | SVGElement>(target: AnimatedStyle, appear = false): RefObject<T | null> {
  const ref = useRef<T>(null);
  const transition = useChartTransition();
  const next = cssOf(target);
  const previous = useRef<ReturnType<typeof cssOf> | null>(null);
  const running = useRef<Controls | null>(null);
  const queued = useRef<QueuedStart | null>(null);
  useEffect(() => void loadAnimate(), []);
  // Unmounting stops everything: a start still queued and a glide under way.
  useEffect(
    () => () => {
      if (queued.current) queued.current.cancelled = true;
      queued.current = null;
      running.current?.cancel();
      running.current = null;
    },
    [],
  );

  useLayoutEffect(() => {
    const element = ref.current;
    const from = previous.current ?? (appear ? { ...next, opacity: 0 } : null);
    previous.current = next;
    // A start queued by an earlier update in this same task never ran: this update replaces it and
    // begins where that one would have begun, which is where the element still is.
    const superseded = queued.current;
    if (superseded) superseded.cancelled = true;
    queued.current = null;
    if (!element || !from || (from.transform === next.transform && from.opacity === next.opacity)) return;
    const settle = () => {
      element.style.removeProperty('transform');
      element.style.removeProperty('opacity');
    };
    // No Web Animations (an old browser, jsdom), or reduced motion: the rendered state alone, at once.
    if (!transition || !animate || typeof element.animate !== 'function') {
      running.current?.cancel();
      running.current = null;
      settle();
      return;
    }
    // Mid-animation, the element's computed style is where it is on screen right now. Read here,
    // while no element of this commit has started its animation; the animation starts once every
    // element has read (afterLayoutEffects), so the browser computes style and layout once.
    const now = running.current ? getComputedStyle(element) : null;
    const keyframes: Keyframes = {};
    if (next.transform !== undefined && from.transform !== next.transform) {
      keyframes.transform = [superseded?.keyframes.transform?.[0] ?? now?.transform ?? from.transform ?? 'none', next.transform];
    }
    if (next.opacity !== undefined && from.opacity !== next.opacity) {
      keyframes.opacity = [superseded?.keyframes.opacity?.[0] ?? (now ? Number(now.opacity) : (from.opacity ?? 1)), next.opacity];
    }
    // `animate` is a module variable: TypeScript keeps it narrowed to non-null only in this scope.
    const start = animate;
    const job: QueuedStart = { keyframes, cancelled: false };
    queued.current = job;
    afterLayoutEffects(() => {
      // An unmounted element's effect cleanup may run after this microtask: isConnected still holds.
      if (job.cancelled || !element.isConnected) return;
      queued.current = null;
      running.current?.cancel();
      const controls = start(element, keyframes, transition);
      running.current = controls;
      void controls.then(() => {
        if (running.current !== controls) return;
        running.current = null;
        settle();
      });
    });
  });

  return ref;
}
