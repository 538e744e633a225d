/**
 * `aria-current="step"` on exactly one beat: set here, on the DOM, rather than rendered by React.
 * Two writers share it. The story marks the beat its state says is active once React has committed
 * it; the scroll engine marks each beat a reader passes through at speed, frame by frame, without a
 * React render at all (src/scroll/useActiveStep.ts): on a mid-range phone each render of the story
 * for a beat no one reads is a dropped frame. Whichever wrote last is right, since each writes the
 * beat under the reader at that moment, and each leaves exactly one beat marked.
 */

export const CURRENT_ATTRIBUTE = 'aria-current';

/** Marks `step` as the current one among `steps`, and unmarks any other; touches nothing already right. */
export function markCurrentStep(steps: Iterable<Element>, step: Element | null | undefined): void {
  for (const other of steps) {
    if (other === step) {
      if (other.getAttribute(CURRENT_ATTRIBUTE) !== 'step') other.setAttribute(CURRENT_ATTRIBUTE, 'step');
    } else if (other.hasAttribute(CURRENT_ATTRIBUTE)) other.removeAttribute(CURRENT_ATTRIBUTE);
  }
}
