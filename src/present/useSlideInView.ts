import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { SKIPPING_MS } from './usePresenterPosition';
import { whenIdle } from '../lib/whenIdle';

/** Brings a deck's slide number `index` to the top of the window, at once: slides cut, they do not glide. */
function showSlide(deck: HTMLElement | null, index: number) {
  const slide = deck?.children[index];
  if (!slide) return;
  const top = slide.getBoundingClientRect().top + window.scrollY;
  if (Math.abs(window.scrollY - top) >= 1) window.scrollTo({ top, behavior: 'instant' });
}

/**
 * Gives the deck's slides the `inert` that slide number `index` being current asks: every one, or
 * only the first part still to change (the current slide's first). A slide takes it part by part
 * (its text, its graphic): `inert` restyles all it holds, and a whole slide at once is a 16–20 ms
 * task at 4x CPU, longer than a frame. True while a part is left to change.
 */
function settle(deck: HTMLElement, index: number, all: boolean): boolean {
  // The deck's children are its slides, and theirs the slides' parts, each an HTML element.
  const changes = ([...deck.children] as HTMLElement[])
    .flatMap((slide, i) => ([...slide.children] as HTMLElement[]).map((part) => ({ part, inert: i !== index })))
    .filter(({ part, inert }) => part.inert !== inert)
    .sort((a, b) => Number(a.inert) - Number(b.inert));
  for (const { part, inert } of all ? changes : changes.slice(0, 1)) {
    part.inert = inert;
    // One at a time, restyled now, in a moment between frames, rather than in the next frame.
    if (!all) void part.offsetWidth;
  }
  return !all && changes.length > 1;
}

/**
 * Keeps the deck's current slide filling the window, and the others out of reach. Every slide is
 * drawn, one window tall, one under the other, and the window cannot be scrolled by hand
 * (present.css): a press scrolls it to the next slide, which the browser has already laid out and
 * painted, so showing it is the compositor's work rather than the page's.
 *
 * - The scroll comes at the start of the frame after the press's commit, whose own style and layout
 *   then serve it (read in the commit, they would be forced there as well); again when the window's
 *   size changes (full screen, a projector plugged in), since slides follow it;
 *   and whenever something else scrolls the window (the browser going to a beat's `#id`, which is
 *   inside its slide, or finding text), so a slide is never seen in part.
 * - The slides off screen are `inert` (their parts are): out of the tab order, the pointer's reach
 *   and the accessibility tree. Changing it restyles what it is set on, 16–20 ms at 4x CPU for a
 *   whole slide: too much for the frame that shows the slide. So a press leaves it, and the slide on screen (already
 *   `aria-current`, and announced) takes it when the presses pause, as long as a move counts as
 *   skipping ahead ({@link SKIPPING_MS}), one part of a slide per moment between frames; or at once
 *   when the presenter reaches for the slide, with Tab or the pointer. Slides skipped past never
 *   change at all.
 */
export function useSlideInView(index: number, slidesDrawn: boolean): RefObject<HTMLElement | null> {
  const deck = useRef<HTMLElement>(null);
  const current = useRef(index);
  const drawn = useRef<boolean | null>(null);
  useLayoutEffect(() => {
    current.current = index;
    const element = deck.current;
    if (!element) return;
    // Slides just drawn (on arrival, or the rest just after) take their state at once: no press is under way.
    if (drawn.current !== slidesDrawn) {
      drawn.current = slidesDrawn;
      showSlide(element, index);
      settle(element, index, true);
      return;
    }
    // After a press, at the start of the next frame: its own style and layout then happen once, in
    // that frame, rather than forced in the commit's task as well.
    const frame = requestAnimationFrame(() => showSlide(element, index));
    let cancelIdle = () => {};
    const settleNow = () => (cancelIdle(), settle(element, index, true));
    const settleOne = () => {
      if (settle(element, index, false)) cancelIdle = whenIdle(settleOne);
    };
    const paused = window.setTimeout(() => (cancelIdle = whenIdle(settleOne)), SKIPPING_MS);
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Tab' && settleNow();
    document.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('pointermove', settleNow, { once: true });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(paused);
      cancelIdle();
      document.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('pointermove', settleNow);
    };
  }, [index, slidesDrawn]);
  useEffect(() => {
    const follow = () => showSlide(deck.current, current.current);
    const types = ['resize', 'scroll'];
    types.forEach((type) => window.addEventListener(type, follow, { passive: true }));
    return () => types.forEach((type) => window.removeEventListener(type, follow));
  }, []);
  return deck;
}
