import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { useReduceMotionChoice } from '../theme/motionPreference';

const loadFeatures = () => import('./motionFeatures').then((module) => module.default);

/**
 * One motion policy for the whole page: framer-motion's `m` components with their animation
 * features loaded lazily; motion reduced when the operating system asks ("user") or the reader
 * pressed the page's own "Reduce motion" button ("always").
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  const reduce = useReduceMotionChoice();
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={reduce ? 'always' : 'user'}>{children}</MotionConfig>
    </LazyMotion>
  );
}
