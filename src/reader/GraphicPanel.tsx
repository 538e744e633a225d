import { memo, Suspense, type CSSProperties, type ReactNode } from 'react';
import { SentenceChart } from '../charts/SentenceChart/SentenceChart';
import { Timeline } from '../charts/Timeline/Timeline';
import { useChartSize } from '../charts/shared/useChartSize';
import { useAnimateOnChange } from '../charts/shared/useAnimateOnChange';
import { InstantChange, type InstantWhen } from '../charts/shared/useChartTransition';
import { graphicFor } from '../scenes/graphicFor';
import { useEdition, useUi } from './EditionContext';
import { GraphicErrorBoundary } from './GraphicErrorBoundary';
import { SentenceTable, TimelineTable } from './lazyDataTables';
import { useStillWhileHidden } from './useStillWhileHidden';

/**
 * The size the charts are laid out at on the server, before the browser measures the real one: a
 * phone's, since most readers arrive on one. The SVG scales to its box until then (and without JS).
 */
const SERVER_SIZE = { width: 360, height: 300 };

/**
 * From this width (CSS px) up, a desktop's panel or a tablet's, charts are drawn 15/13 larger:
 * their 13 px labels become 15 px, read from further back than a phone. Below it the 13 px floor stays.
 */
const WIDE_PANEL = 540;
const WIDE_PANEL_SCALE = 15 / 13;

export interface GraphicPanelProps {
  /** The beat whose graphic to show. */
  beatId: string;
  /**
   * `sticky`: the one graphic that follows the scroll; its caption links to the full tables.
   * `inline`: a beat's own graphic in article mode, with the numbers it shows in a table under it.
   * `lead`: the story's lead graphic beside the headline: the chart it shows and its caption alone.
   */
  variant: 'sticky' | 'inline' | 'lead';
  /** How many presses of the beat's reveal are shown, from 0 (class mode); the whole graphic by default. */
  revealStep?: number;
  /**
   * Draw the charts this many times larger than their layout, labels included: more on a projector,
   * where 13 px labels would be unreadable from the back of a classroom. By default 15/13 on a panel
   * at least {@link WIDE_PANEL} px wide, else 1.
   */
  scale?: number;
  /**
   * Change to this beat's graphic at once, without gliding: the reader leapt to it past other beats,
   * the presenter is skipping ahead, or the slide is off screen. A function is asked when a change
   * is drawn, so the answer changing renders nothing.
   */
  instant?: InstantWhen;
}

/**
 * One of the panel's stacked chart layers, with its own error boundary: a chart that fails leaves
 * the other one, and the text and tables, in place. The faded-out layer is inert: out of the tab
 * order and the accessibility tree.
 */
function GraphicLayer({ shown, zoom, children }: { shown: boolean; zoom: CSSProperties | undefined; children: ReactNode }) {
  const ui = useUi();
  const ref = useAnimateOnChange<HTMLDivElement>({ opacity: shown ? 1 : 0 });
  // Opacity by class, not an inline style: the prerendered HTML carries no style attribute.
  return (
    <div className={shown ? 'graphic-layer' : 'graphic-layer graphic-layer--hidden'} ref={ref} style={zoom} inert={!shown}>
      <GraphicErrorBoundary fallback={<p className="graphic-fallback">{ui.chartFailed}</p>}>{children}</GraphicErrorBoundary>
    </div>
  );
}

/**
 * The graphic for one beat: a takeaway title, a line on how to read it, and the chart this beat
 * needs (see `graphicFor`). The sticky panel, which follows the reader from beat to beat, keeps the
 * story's other chart mounted too, faded out in its held state, to cross-fade to it; a panel that
 * stays with one beat (inline, lead) draws only its own chart, since which chart a beat shows never
 * changes with its reveal. The SVGs are hidden from assistive technology: the beat's text and a
 * description here say everything they show. Memoised: the story re-rendering for another reason
 * leaves it alone.
 */
export const GraphicPanel = memo(function GraphicPanel({
  beatId,
  variant,
  revealStep,
  scale: scaleProp,
  instant = false,
}: GraphicPanelProps) {
  const edition = useEdition();
  const ui = edition.ui;
  const graphic = graphicFor(edition, beatId, revealStep);
  const [canvasRef, measured] = useChartSize<HTMLDivElement>(SERVER_SIZE);
  const scale = scaleProp ?? (measured.width >= WIDE_PANEL ? WIDE_PANEL_SCALE : 1);
  const size = { width: Math.round(measured.width / scale), height: Math.round(measured.height / scale) };
  // Only the sticky panel changes beats, and so charts: the others draw their beat's chart alone.
  const bothCharts = variant === 'sticky';
  // The chart faded out keeps the state it was last shown in (useStillWhileHidden). Only the sticky
  // panel fades one out; the states it passes are cached, so each keeps its identity.
  const timelineState = useStillWhileHidden(
    bothCharts ? (graphic.timeline?.state ?? null) : null,
    bothCharts && graphic.shown !== 'timeline',
  );
  const sentenceState = useStillWhileHidden(
    bothCharts ? (graphic.sentence?.state ?? null) : null,
    bothCharts && graphic.shown !== 'sentence',
  );
  // CSS zoom scales the layer's layout, so the timeline's HTML details and pointer positions stay aligned.
  const zoom: CSSProperties | undefined =
    scale === 1 ? undefined : { zoom: scale, width: size.width, height: size.height, right: 'auto', bottom: 'auto' };
  return (
    <figure className={`graphic-panel graphic-panel--${variant}`} data-scene={graphic.shown}>
      <figcaption className="graphic-caption">
        {graphic.title !== null && <span className="graphic-title">{graphic.title}</span>}
        <span className="graphic-guide">
          {graphic.guide}
          {variant === 'sticky' && (
            <>
              {' '}
              <a href={graphic.table.kind === 'timeline' ? '#timeline-table' : '#sentence-table'}>{ui.numbersLink}</a>
            </>
          )}
        </span>
        <span className="visually-hidden">{graphic.description}</span>
      </figcaption>
      <InstantChange value={instant}>
        <div className="graphic-canvas" ref={canvasRef}>
          {graphic.timeline && (bothCharts || graphic.shown === 'timeline') && (
            <GraphicLayer shown={graphic.shown === 'timeline'} zoom={zoom}>
              <Timeline
                data={graphic.timeline.data}
                state={timelineState ?? graphic.timeline.state}
                width={size.width}
                height={size.height}
                text={edition.chartCopy.timelineText}
              />
            </GraphicLayer>
          )}
          {graphic.sentence && (bothCharts || graphic.shown === 'sentence') && (
            <GraphicLayer shown={graphic.shown === 'sentence'} zoom={zoom}>
              <SentenceChart
                data={graphic.sentence.data}
                state={sentenceState ?? graphic.sentence.state}
                width={size.width}
                height={size.height}
              />
            </GraphicLayer>
          )}
        </div>
      </InstantChange>
      {variant === 'inline' && (
        <details className="graphic-numbers">
          <summary>{ui.numbersSummary}</summary>
          <Suspense fallback={null}>
            {graphic.table.kind === 'timeline' ? (
              <TimelineTable eventIds={graphic.table.eventIds} caption={graphic.title ?? undefined} />
            ) : (
              <SentenceTable />
            )}
          </Suspense>
        </details>
      )}
    </figure>
  );
});
