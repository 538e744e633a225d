/** A step's box, in the same vertical coordinates as the viewport (px). */
export interface StepRect {
  top: number;
  bottom: number;
}

/** The visible part of the page, in the same coordinates as the steps (px). */
export interface Viewport {
  top: number;
  height: number;
}

/** Where reading is: the active step and how far through it the trigger line is. */
export interface StepPosition {
  /** Index of the active step; 0 before the first step is reached; -1 only when there are no steps. */
  index: number;
  /** How far the trigger line is through the active step, 0–1. */
  progress: number;
}

export interface TriggerOptions {
  /** Height covered at the top of the viewport (a graphic pinned above the text), in px. Default 0. */
  topInset?: number;
  /** Where the trigger line sits in the uncovered part of the viewport, 0 (top) to 1 (bottom). */
  triggerRatio: number;
}

/** The trigger line's position, in the viewport's coordinates. */
export function triggerLine(viewport: Viewport, { topInset = 0, triggerRatio }: TriggerOptions): number {
  const inset = Math.min(Math.max(0, topInset), viewport.height);
  return viewport.top + inset + (viewport.height - inset) * triggerRatio;
}

/**
 * The active step, computed from geometry alone: the last step whose top has crossed the trigger
 * line. Because nothing is accumulated from enter/exit events, a fast fling, an anchor jump, a
 * reload mid-page or a resize all land on the right step. Steps must be in document order.
 */
export function activeStep(rects: readonly StepRect[], viewport: Viewport, options: TriggerOptions): StepPosition {
  if (rects.length === 0) return { index: -1, progress: 0 };
  const line = triggerLine(viewport, options);
  let index = 0;
  for (let i = 0; i < rects.length; i += 1) {
    if ((rects[i] as StepRect).top <= line) index = i;
    else break;
  }
  const rect = rects[index] as StepRect;
  const span = Math.max(1, rect.bottom - rect.top);
  const progress = Math.min(1, Math.max(0, (line - rect.top) / span));
  return { index, progress };
}
