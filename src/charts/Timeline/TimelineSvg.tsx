import '../shared/charts.css';
import { AnimatedG } from '../shared/AnimatedG';
import { ChartSvg } from '../shared/ChartSvg';
import { useHasHydrated } from '../shared/useHasHydrated';
import { LABEL_FONT_SIZE, LINE_HEIGHT, NOTE_TICK, OVERVIEW_BOX_HEIGHT, PICKED_RING_RADIUS, TICK_BASELINE } from './layout';
import type { TimelineCallout, TimelineLayout, TimelineMark, TimelineNote, TimelineOverview } from './timelineLayout';

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

function Mark({ mark }: { mark: TimelineMark }) {
  const className = `tl-mark tl-mark--${mark.emphasis}${mark.calculated ? ' tl-mark--calculated' : ''}`;
  return (
    <AnimatedG className={className} data-event={mark.id} x={mark.cx} y={mark.cy} opacity={mark.inView ? 1 : 0}>
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

/** The state's note: a bracket from one event to another, with what the beat says about the span over it. */
function Note({ note }: { note: TimelineNote }) {
  const hydrated = useHasHydrated();
  return (
    <AnimatedG className="tl-note" opacity={1} appear={hydrated}>
      <path className="tl-note-bracket" d={`M${note.x1},${note.y + NOTE_TICK}V${note.y}H${note.x2}V${note.y + NOTE_TICK}`} />
      <text x={note.textX} y={note.top + BASELINE} textAnchor="middle" fontSize={LABEL_FONT_SIZE}>
        {note.lines.map((line, i) => (
          <tspan key={i} x={note.textX} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </AnimatedG>
  );
}

/** The whole span, small, at the chart's foot: where this window sits among all the events. */
function Overview({ overview }: { overview: TimelineOverview }) {
  const { y, x1, x2, window } = overview;
  return (
    <g className="tl-overview">
      <text x={x1 - 8} y={y + 4} textAnchor="end" fontSize={LABEL_FONT_SIZE}>
        {overview.startLabel}
      </text>
      <line className="tl-overview-line" x1={x1} x2={x2} y1={y} y2={y} />
      <path className="tl-overview-events" d={overview.eventXs.map((x) => `M${x},${y - 3}V${y + 3}`).join('')} />
      <AnimatedG x={window.x} y={y - OVERVIEW_BOX_HEIGHT / 2}>
        <rect className="tl-overview-window" width={window.width} height={OVERVIEW_BOX_HEIGHT} rx={2} />
      </AnimatedG>
      <text x={x2 + 8} y={y + 4} fontSize={LABEL_FONT_SIZE}>
        {overview.endLabel}
      </text>
    </g>
  );
}

/**
 * The timeline's drawing: a time axis over one lane per strand of the story, with one mark per
 * event, labels for the events the beat is about, its note, and the whole span in small at the foot.
 * React renders every element; d3 only computes the layout. Marks keep their keys across states and
 * glide to their new places. Hidden from assistive technology: {@link Timeline} gives the same
 * events as a list.
 */
export function TimelineSvg({ layout, stateKey, pickedId }: TimelineSvgProps) {
  const { width, height } = layout;
  const picked = pickedId ? layout.marks.find((m) => m.id === pickedId) : undefined;
  return (
    <ChartSvg className="timeline" width={width} height={height}>
      <line className="tl-axis" x1={layout.axisStart} x2={layout.axisEnd} y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((tick) => (
        <AnimatedG key={tick.key} className="tl-tick" x={tick.x}>
          <line className="tl-grid" y1={layout.axisY} y2={layout.gridBottom} />
          <text y={TICK_BASELINE} textAnchor="middle" fontSize={LABEL_FONT_SIZE}>
            {tick.label}
          </text>
        </AnimatedG>
      ))}
      {layout.lanes.map((lane) => (
        <AnimatedG key={lane.id} className="tl-lane" y={lane.y}>
          <line x1={layout.axisStart} x2={layout.axisEnd} />
          {lane.label && (
            <text x={layout.axisStart} y={lane.labelY - lane.y} fontSize={LABEL_FONT_SIZE}>
              {lane.label}
            </text>
          )}
        </AnimatedG>
      ))}
      {layout.note && <Note key={`note ${stateKey}`} note={layout.note} />}
      {/* Leaders under the marks and under every label, so a label's halo covers any leader behind it. */}
      <g className="tl-leaders" key={`leaders ${stateKey}`}>
        {layout.callouts.map((c) => (
          <line key={c.id} className="tl-leader" x1={c.markX} x2={c.markX} y1={c.markY} y2={c.bottom - 4} />
        ))}
      </g>
      {layout.marks.map((mark) => (
        <Mark key={mark.id} mark={mark} />
      ))}
      <g key={stateKey}>
        {layout.callouts.map((callout) => (
          <Callout key={callout.id} callout={callout} />
        ))}
      </g>
      {layout.overview && <Overview overview={layout.overview} />}
      {picked && <circle className="tl-picked" cx={picked.cx} cy={picked.cy} r={PICKED_RING_RADIUS} />}
    </ChartSvg>
  );
}
