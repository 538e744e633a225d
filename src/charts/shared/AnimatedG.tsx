import type { SVGProps } from 'react';
import { useAnimatedStyle, type AnimatedStyle } from './useAnimatedStyle';

export type AnimatedGProps = AnimatedStyle & Omit<SVGProps<SVGGElement>, 'ref' | 'style' | 'x' | 'y' | 'opacity'> & { appear?: boolean };

/** An SVG group placed by a translation and an opacity that glide to their new values on change. */
export function AnimatedG({ x, y, opacity, appear = false, ...props }: AnimatedGProps) {
  const { ref, style } = useAnimatedStyle<SVGGElement>({ x, y, opacity }, appear);
  return <g ref={ref} {...props} style={style} />;
}
