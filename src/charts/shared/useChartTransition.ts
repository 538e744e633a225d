import { useReducedMotionConfig, type Transition } from 'framer-motion';

/** How long marks take to move between states, in seconds: long enough to follow, short enough not to wait for. */
export const STATE_CHANGE_SECONDS = 0.6;

/**
 * The transition every chart animation uses. MotionConfig's reducedMotion already stops transforms
 * for readers who ask for less motion (in the OS or on the page); this also stops opacity fades, so
 * under reduced motion every state change is instant.
 */
export function useChartTransition(): Transition {
  const reduce = useReducedMotionConfig();
  return reduce ? { duration: 0 } : { duration: STATE_CHANGE_SECONDS, ease: [0.33, 0, 0.2, 1] };
}
