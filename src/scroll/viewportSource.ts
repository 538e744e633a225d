import type { Viewport } from './activeStep';

/**
 * Where the scroll engine reads the viewport from. The window is one source; an embed's host page,
 * which tells the frame what part of it is on screen, is another. Coordinates are the document's
 * client coordinates, the same as getBoundingClientRect.
 */
export interface ViewportSource {
  /** The visible part of the page now. */
  read(): Viewport;
  /** Calls `onChange` whenever the visible part may have moved; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

/** The browser window as the viewport: everything from the top of the window, `innerHeight` tall. */
export const windowViewportSource: ViewportSource = {
  read: () => ({ top: 0, height: window.innerHeight }),
  subscribe(onChange) {
    const options = { passive: true } as const;
    window.addEventListener('scroll', onChange, options);
    window.addEventListener('resize', onChange, options);
    return () => {
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
    };
  },
};
