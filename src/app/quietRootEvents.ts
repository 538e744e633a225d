/**
 * Events the app never handles through React, kept from React's root.
 *
 * React listens at its root for every event it supports, whether or not a component asks for it.
 * Under a pointer resting on the page, every notch of a mouse wheel brings a `wheel` event and, as the
 * text moves under the pointer, `pointerout`, `pointerover`, `mouseout` and `mouseover`; React answers
 * each by walking from the target up its tree (enter and leave events between the two elements as
 * well): 1 to 7 ms a notch on a phone-speed CPU, main-thread work a page without script does not
 * have, and the cause of most of a brisk scroll's dropped frames. No component has a React handler for
 * these (`onMouseOver`, `onPointerLeave`, `onWheel` and the like, forbidden by
 * tests/unit/architecture.test.ts): the one hover, the timeline's details, follows `pointermove`, and
 * hides by CSS (`:hover`) when the pointer leaves.
 */
export const QUIET_EVENTS = ['wheel', 'pointerover', 'pointerout', 'mouseover', 'mouseout'] as const;

const stop = (event: Event) => event.stopImmediatePropagation();

/**
 * Stops the quiet events at React's root, for the life of the page: called before the root is
 * created, its listener comes before React's on the same element, and stops them. Events elsewhere
 * on the page are untouched; listeners on the window and the document hear these in the capture
 * phase (the page's own, which lay out the beats or hand back a focused beat on a wheel turn, listen
 * there), not in the bubble phase. The browser still scrolls and updates `:hover`, as neither waits
 * for script.
 */
export function quietRootEvents(root: HTMLElement): void {
  QUIET_EVENTS.forEach((type) => root.addEventListener(type, stop, { capture: true, passive: true }));
}
