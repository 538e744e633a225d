import type { SVGProps } from 'react';
import { translateAttribute, useAnimateOnChange, type AnimatedStyle } from './useAnimateOnChange';

export type AnimatedGProps = AnimatedStyle &
  Omit<SVGProps<SVGGElement>, 'ref' | 'style' | 'x' | 'y' | 'opacity' | 'transform'> & { appear?: boolean };

/**
 * An SVG group placed by a translation and an opacity that glide to their new values on change.
 * Both are SVG presentation attributes, so the prerendered chart needs no inline style.
 */
export function AnimatedG({ x, y, opacity, appear = false, ...props }: AnimatedGProps) {
  const ref = useAnimateOnChange<SVGGElement>({ x, y, opacity }, appear);
  return <g ref={ref} {...props} transform={translateAttribute({ x, y })} opacity={opacity} />;
}
