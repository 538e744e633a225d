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
 * The transition every chart animation uses, or null when the reader asked for less motion (in the
 * operating system or with the page's button): then every state change is instant.
 */
export function useChartTransition(): ChartTransition | null {
  return useReducedMotion() ? null : TRANSITION;
}
