import type { ReactNode } from 'react';

export interface ChartSvgProps {
  className: string;
  /** The drawing's own size, in the units its layout was computed in. */
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * The root of a chart's drawing. It fills its box and scales its own coordinates to fit, anchored
 * top left. It is hidden from assistive technology, because every chart gives the same facts as text
 * beside it.
 */
export function ChartSvg({ className, width, height, children }: ChartSvgProps) {
  return (
    <svg
      className={className}
      width="100%"
      height="100%"
      preserveAspectRatio="xMinYMin meet"
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
