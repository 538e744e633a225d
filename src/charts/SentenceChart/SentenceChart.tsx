import '../shared/charts.css';
import { memo, useId, useMemo } from 'react';
import { AnimatedG } from '../shared/AnimatedG';
import { ChartSvg } from '../shared/ChartSvg';
import { END_TICK, LABEL_FONT_SIZE } from './layout';
import { sentenceLayout, type PlacedText, type ScaleTick } from './sentenceLayout';
import type { SentenceChartData, SentenceChartState } from './types';

/** Props of {@link SentenceChart}. */
export interface SentenceChartProps {
  data: SentenceChartData;
  state: SentenceChartState;
  /** Size in CSS px. */
  width: number;
  height: number;
}

function Label({ line, numbers = true }: { line: PlacedText; numbers?: boolean }) {
  return (
    <text x={line.x} y={line.y} textAnchor={line.anchor} fontSize={LABEL_FONT_SIZE}>
      {numbers || !line.strongSuffix ? line.text : line.text.replace(/ · $/, '')}
      {numbers && line.strongSuffix && <tspan className="sc-strong">{line.strongSuffix}</tspan>}
    </text>
  );
}

function Ticks({
  ticks,
  top,
  bottom,
  labelY,
  numbers = true,
}: {
  ticks: ScaleTick[];
  top: number;
  bottom: number;
  labelY: number;
  numbers?: boolean;
}) {
  return (
    <g className="sc-ticks">
      {ticks.map((t) => (
        <g key={t.value}>
          <line className="sc-grid" x1={t.x} x2={t.x} y1={top} y2={bottom} />
          {numbers && (
            <text x={t.x} y={labelY} textAnchor={t.anchor} fontSize={LABEL_FONT_SIZE}>
              {t.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/**
 * The requested and imposed terms as bars on one scale of years, so the gap between them is seen,
 * not read; and, in the lifetime view, the term laid along his whole life. Both views stay mounted and
 * cross-fade, so the change of view is opacity only. Memoised, like the timeline.
 */
export const SentenceChart = memo(function SentenceChart({ data, state, width, height }: SentenceChartProps) {
  const layout = useMemo(() => sentenceLayout(data, state.visibleBarIds, { width, height }), [data, state.visibleBarIds, width, height]);
  const id = useId().replace(/:/g, '');
  const hatch = `hatch-${id}`;
  const years = state.view === 'years';
  const numbers = state.showNumbers ?? true;
  const life = layout.lifetime;
  return (
    <ChartSvg className="sentence-chart" width={width} height={height}>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="sc-hatch-bg" width="6" height="6" />
          <line className="sc-hatch-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
        {/* The rest of the term, still to come and by our calculation: the decision's colour, hatched. */}
        <pattern id={`${hatch}-rest`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="sc-rest-bg" width="6" height="6" />
          <line className="sc-rest-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <AnimatedG className="sc-years" opacity={years ? 1 : 0}>
        <Ticks ticks={layout.ticks} top={layout.gridTop} bottom={layout.gridBottom} labelY={layout.tickY} numbers={numbers} />
        {layout.rows.map((row) => (
          <AnimatedG key={row.id} className={`sc-row sc-row--${row.kind}`} data-bar={row.id} opacity={row.visible ? 1 : 0}>
            {row.captionLines.map((line, i) => (
              <Label key={i} line={line} numbers={numbers} />
            ))}
            <rect
              className="sc-bar"
              x={layout.x0}
              y={row.barY}
              width={row.barWidth}
              height={layout.barHeight}
              fill={row.kind === 'request' ? `url(#${hatch})` : undefined}
            />
            {row.prisonWidth > 0 && (
              <rect className="sc-prison" x={layout.x0} y={row.barY} width={row.prisonWidth} height={layout.barHeight} />
            )}
            {row.noteLines.map((line, i) => (
              <Label key={i} line={line} />
            ))}
          </AnimatedG>
        ))}
        {layout.gap && (
          <AnimatedG className="sc-gap" opacity={layout.gap.visible ? 1 : 0}>
            <rect x={layout.gap.x} y={layout.gap.y} width={layout.gap.width} height={layout.barHeight} />
            {numbers && layout.gap.label && <Label line={layout.gap.label} />}
          </AnimatedG>
        )}
      </AnimatedG>
      <AnimatedG className="sc-lifetime" opacity={years ? 0 : 1}>
        <Ticks ticks={life.ticks} top={life.barY - 4} bottom={life.barY + life.barHeight + 4} labelY={life.tickY} />
        {life.labelLines.map((line, i) => (
          <Label key={i} line={line} />
        ))}
        {life.segments.map((segment) => (
          <rect
            key={segment.kind}
            className={`sc-life sc-life--${segment.kind}`}
            x={segment.x}
            y={life.barY}
            width={segment.width}
            height={life.barHeight}
            fill={segment.kind === 'rest' ? `url(#${hatch}-rest)` : undefined}
          />
        ))}
        <line
          className="sc-calculated-end"
          x1={life.x + life.width}
          x2={life.x + life.width}
          y1={life.barY - END_TICK}
          y2={life.barY + life.barHeight + END_TICK}
        />
        {life.leaders.map((leader, i) => (
          <line key={i} className="sc-leader" x1={leader.x} x2={leader.x} y1={leader.y1} y2={leader.y2} />
        ))}
        {life.endLabels.map((line, i) => (
          <Label key={i} line={line} />
        ))}
      </AnimatedG>
    </ChartSvg>
  );
});
