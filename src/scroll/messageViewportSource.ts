import type { Viewport } from './activeStep';
import type { ViewportSource } from './viewportSource';

/** A viewport source fed from outside: a host page that tells the frame what part of it is on screen. */
export interface MessageViewportSource extends ViewportSource {
  /** Sets the visible part, in the frame's document coordinates, and wakes the subscribers. */
  update(viewport: Viewport): void;
}

/**
 * Creates a viewport source for a frame that does not scroll itself (its host makes it as tall as
 * its content and scrolls around it). Until the host speaks, the frame's own window is the viewport.
 */
export function createMessageViewportSource(): MessageViewportSource {
  let current: Viewport | null = null;
  const listeners = new Set<() => void>();
  return {
    read: () => current ?? { top: 0, height: window.innerHeight },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    update(viewport) {
      current = viewport;
      listeners.forEach((listener) => listener());
    },
  };
}
