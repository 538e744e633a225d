import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { SKIPPING_MS } from './usePresenterPosition';

/** Brings a deck's slide number `index` to the top of the window, at once: slides cut, they do not glide. */
function showSlide(deck: HTMLElement | null, index: number) {
  const slide = deck?.children[index];
  if (!(slide instanceof HTMLElement)) return;
  const top = slide.getBoundingClientRect().top + window.scrollY;
  if (Math.abs(window.scrollY - top) >= 1) window.scrollTo({ top, behavior: 'instant' });
}

/** The deck's slides whose `inert` is not yet what slide number `index` being current asks, that one first. */
function slidesToSettle(deck: HTMLElement, index: number): { slide: HTMLElement; inert: boolean }[] {
  return [...deck.children]
    .filter((slide): slide is HTMLElement => slide instanceof HTMLElement)
    .map((slide, i) => ({ slide, inert: i !== index }))
    .filter(({ slide, inert }) => slide.inert !== inert)
    .sort((a, b) => Number(a.inert) - Number(b.inert));
}

/** Runs `task` when the browser next has a moment to spare between frames; returns its cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 300 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 0);
  return () => window.clearTimeout(id);
}

/**
 * Keeps the deck's current slide filling the window, and the others out of reach. Every slide is
 * drawn, one window tall, one under the other, and the window cannot be scrolled by hand
 * (present.css): a press scrolls it to the next slide, which the browser has already laid out and
 * painted, so showing it is the compositor's work rather than the page's.
 *
 * - The scroll comes before the commit paints, so the old slide never shows the new state; again
 *   when the window's size changes (full screen, a projector plugged in), since slides follow it;
 *   and whenever something else scrolls the window (the browser going to a beat's `#id`, which is
 *   inside its slide, or finding text), so a slide is never seen in part.
 * - The slides off screen are `inert`: out of the tab order, the pointer's reach and the
 *   accessibility tree. Changing it restyles a whole slide, about 10 ms on a slow phone's processor:
 *   too much for the frame that shows the slide. So a press leaves it, and the slide on screen
 *   (already `aria-current`, and announced) takes it when the presses pause, as long as a move
 *   counts as skipping ahead ({@link SKIPPING_MS}), one slide per moment between frames; or at once
 *   when the presenter reaches for the slide, with Tab or the pointer. Slides skipped past never
 *   change at all.
 */
export function useSlideInView(index: number, slidesDrawn: boolean): RefObject<HTMLElement | null> {
  const deck = useRef<HTMLElement>(null);
  const current = useRef(index);
  const drawn = useRef<boolean | null>(null);
  useLayoutEffect(() => {
    current.current = index;
    showSlide(deck.current, index);
    const element = deck.current;
    if (!element) return;
    // Slides just drawn (on arrival, or the rest just after) take their state at once: no press is under way.
    if (drawn.current !== slidesDrawn) {
      drawn.current = slidesDrawn;
      slidesToSettle(element, index).forEach(({ slide, inert }) => (slide.inert = inert));
      return;
    }
    let cancelIdle = () => {};
    const settleNow = () => {
      cancelIdle();
      slidesToSettle(element, index).forEach(({ slide, inert }) => (slide.inert = inert));
    };
    const settleOne = () => {
      const [change] = slidesToSettle(element, index);
      if (!change) return;
      change.slide.inert = change.inert;
      // Restyle now, in this moment between frames, rather than in the next frame.
      void change.slide.offsetWidth;
      cancelIdle = whenIdle(settleOne);
    };
    const paused = window.setTimeout(() => (cancelIdle = whenIdle(settleOne)), SKIPPING_MS);
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Tab' && settleNow();
    document.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('pointermove', settleNow, { once: true });
    return () => {
      window.clearTimeout(paused);
      cancelIdle();
      document.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('pointermove', settleNow);
    };
  }, [index, slidesDrawn]);
  useEffect(() => {
    const follow = () => showSlide(deck.current, current.current);
    window.addEventListener('resize', follow);
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      window.removeEventListener('resize', follow);
      window.removeEventListener('scroll', follow);
    };
  }, []);
  return deck;
}
