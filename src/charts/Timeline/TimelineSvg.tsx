import '../shared/charts.css';
import { AnimatedG } from '../shared/AnimatedG';
import { ChartSvg } from '../shared/ChartSvg';
import { useHasHydrated } from '../shared/useHasHydrated';
import { LABEL_FONT_SIZE, LINE_HEIGHT, PICKED_RING_RADIUS, TERM_BAND_HEIGHT } from './layout';
import type { TimelineCallout, TimelineLayout, TimelineMark } from './timelineLayout';

/** Props of {@link TimelineSvg}. */
export interface TimelineSvgProps {
  layout: TimelineLayout;
  /** Changes when the set of labelled events changes, so their labels fade in afresh. */
  stateKey: string;
  /** The event the reader has picked with the keyboard or pointer: ringed. */
  pickedId?: string | null;
}

/** Distance from the top of a text line to its baseline, for a 13 px font in a 17 px line. */
const BASELINE = LINE_HEIGHT - 4;

function Mark({ mark, axisY }: { mark: TimelineMark; axisY: number }) {
  const className = `tl-mark tl-mark--${mark.emphasis}${mark.calculated ? ' tl-mark--calculated' : ''}`;
  return (
    <AnimatedG className={className} data-event={mark.id} x={mark.cx} y={axisY} opacity={mark.inView ? 1 : 0}>
      {mark.shape === 'dot' ? (
        <circle r={mark.size} />
      ) : (
        <rect x={-mark.width / 2} y={-mark.size} width={mark.width} height={mark.size * 2} rx={1} />
      )}
    </AnimatedG>
  );
}

function Callout({ callout }: { callout: TimelineCallout }) {
  // The first state is drawn at once (and prerendered complete); later callouts fade in.
  const hydrated = useHasHydrated();
  return (
    <AnimatedG className="tl-callout" data-callout={callout.id} opacity={1} appear={hydrated}>
      <text x={callout.textX} y={callout.top + BASELINE} textAnchor={callout.anchor} fontSize={LABEL_FONT_SIZE}>
        <tspan className="tl-callout-date">{callout.dateLine}</tspan>
        {callout.lines.map((line, i) => (
          <tspan key={i} x={callout.textX} dy={LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </AnimatedG>
  );
}

/**
 * The timeline's drawing: a horizontal time axis with one mark per event. React renders every
 * element; d3 only computes the layout. Marks keep their keys across states and glide to their new
 * places. Hidden from assistive technology: {@link Timeline} gives the same events as a list.
 */
export function TimelineSvg({ layout, stateKey, pickedId }: TimelineSvgProps) {
  const { width, height } = layout;
  const picked = pickedId ? layout.marks.find((m) => m.id === pickedId) : undefined;
  return (
    <ChartSvg className="timeline" width={width} height={height}>
      <line className="tl-axis" x1={layout.axisStart} x2={layout.axisEnd} y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((tick) => (
        <AnimatedG key={tick.key} className="tl-tick" x={tick.x}>
          <line y1={layout.axisY - 5} y2={layout.axisY + 5} />
          <text y={layout.axisY - 12} textAnchor="middle" fontSize={LABEL_FONT_SIZE}>
            {tick.label}
          </text>
        </AnimatedG>
      ))}
      {layout.termBand && (
        <rect
          className="tl-term"
          x={layout.termBand.x}
          y={layout.axisY - TERM_BAND_HEIGHT / 2}
          width={layout.termBand.width}
          height={TERM_BAND_HEIGHT}
        />
      )}
      {/* Leaders under the marks and under every label, so a label's halo covers any leader behind it. */}
      <g className="tl-leaders" key={`leaders ${stateKey}`}>
        {layout.callouts.map((c) => (
          <line key={c.id} className="tl-leader" x1={c.markX} x2={c.markX} y1={layout.axisY} y2={c.bottom - 4} />
        ))}
      </g>
      {layout.marks.map((mark) => (
        <Mark key={mark.id} mark={mark} axisY={layout.axisY} />
      ))}
      <g key={stateKey}>
        {layout.callouts.map((callout) => (
          <Callout key={callout.id} callout={callout} />
        ))}
      </g>
      {picked && <circle className="tl-picked" cx={picked.cx} cy={layout.axisY} r={PICKED_RING_RADIUS} />}
    </ChartSvg>
  );
}
