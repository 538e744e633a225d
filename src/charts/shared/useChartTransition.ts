import { createContext, useContext } from 'react';
import { useReducedMotion } from '../../theme/motionPreference';

/** How long marks take to move between states, in seconds: long enough to follow, short enough not to wait for. */
export const STATE_CHANGE_SECONDS = 0.6;

/** A state change's timing: seconds and a cubic-bézier ease that starts briskly and settles gently. */
export interface ChartTransition {
  duration: number;
  ease: [number, number, number, number];
}

const TRANSITION: ChartTransition = { duration: STATE_CHANGE_SECONDS, ease: [0.33, 0, 0.2, 1] };

/**
 * True while the charts should change at once rather than glide: the presenter is skipping ahead
 * (src/present/usePresenterPosition.ts). A glide runs on the main thread (an SVG element's transform
 * is not composited); one per slide skipped past costs frames for motion no one watches.
 */
export const InstantChange = createContext<InstantWhen>(false);

/**
 * Whether changes are instant: a value, or a question asked each time a change is drawn. The
 * presenter asks its last press, so a slide drawn in advance never renders again when its pace does.
 */
export type InstantWhen = boolean | (() => boolean);

/**
 * The transition every chart animation uses, or null when every state change is instant: the reader
 * asked for less motion (in the operating system or with the page's button), or is skipping ahead.
 */
export function useChartTransition(): ChartTransition | null {
  const instant = useContext(InstantChange);
  return useReducedMotion() || (typeof instant === 'function' ? instant() : instant) ? null : TRANSITION;
}
