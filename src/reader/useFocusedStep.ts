import { useEffect, useState, type RefObject } from 'react';

/** Keys that scroll the page: pressing one hands the graphic back to the scroll position. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

/**
 * The index of the step that holds keyboard focus, or null. Focusing a beat (Tab, a screen reader
 * moving into it, the previous/next buttons) makes it the active beat even where its top has not
 * reached the trigger line; scrolling by wheel, touch or keys hands control back to the scroll engine.
 */
export function useFocusedStep(containerRef: RefObject<HTMLElement | null>, stepSelector: string, enabled: boolean): number | null {
  const [focused, setFocused] = useState<number | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!enabled || !container) return;
    // What was last set, so a wheel or touch that finds nothing focused costs no render: wheel events
    // arrive many times a second while the reader scrolls.
    let current: number | null = null;
    const focus = (index: number | null) => {
      if (index === current) return;
      current = index;
      setFocused(index);
    };
    const indexOf = (node: EventTarget | null) => {
      const step = node instanceof Element ? node.closest(stepSelector) : null;
      return step ? Array.from(container.querySelectorAll(stepSelector)).indexOf(step) : -1;
    };
    const onFocusIn = (event: FocusEvent) => {
      const index = indexOf(event.target);
      if (index >= 0) focus(index);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (indexOf(event.relatedTarget) < 0) focus(null);
    };
    const release = () => focus(null);
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, button, [contenteditable="true"]');
      if (SCROLL_KEYS.has(event.key) && !typing) release();
    };
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    // In the capture phase: wheel events go no further down than the app's root (src/app/quietRootEvents.ts).
    window.addEventListener('wheel', release, { capture: true, passive: true });
    window.addEventListener('touchstart', release, { passive: true });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('wheel', release, { capture: true });
      window.removeEventListener('touchstart', release);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [containerRef, stepSelector, enabled]);
  return focused;
}
