import { memo, type CSSProperties, type ReactNode } from 'react';
import { SentenceChart } from '../charts/SentenceChart/SentenceChart';
import { Timeline } from '../charts/Timeline/Timeline';
import { useChartSize } from '../charts/shared/useChartSize';
import { useAnimateOnChange } from '../charts/shared/useAnimateOnChange';
import type { BeatId } from '../story';
import { graphicTitles, howToRead, timelineText } from '../story/graphicCopy';
import { uiCopy } from '../story/uiCopy';
import { beatFor, heldScene } from './beatsById';
import { GraphicErrorBoundary } from './GraphicErrorBoundary';
import { SentenceTable } from './SentenceTable';
import { sentenceData, sentenceStateFor } from './sentenceData';
import { TimelineTable } from './TimelineTable';
import { timelineData, timelineStateFor } from './timelineData';

/**
 * The size the charts are laid out at on the server, before the browser measures the real one: a
 * phone's, since most readers arrive on one. The SVG scales to its box until then (and without JS).
 */
const SERVER_SIZE = { width: 360, height: 300 };

export interface GraphicPanelProps {
  /** The beat whose scene to show. */
  beatId: BeatId;
  /**
   * `sticky`: the one graphic that follows the scroll; its caption links to the full tables.
   * `inline`: a beat's own graphic in article mode, with the numbers it shows in a table under it.
   */
  variant: 'sticky' | 'inline';
  /**
   * A slow reveal in class, for the sentence chart: 0 shows the bars without figures, 1 adds the
   * figures, 2 (the default) adds the takeaway title.
   */
  reveal?: 0 | 1 | 2;
  /**
   * Draw the charts this many times larger than their layout, labels included: 1 on a page, more on
   * a projector, where 13 px labels would be unreadable from the back of a classroom. Default 1.
   */
  scale?: number;
}

/**
 * One of the panel's stacked chart layers. The faded-out one is inert: out of the tab order and the
 * accessibility tree.
 */
function GraphicLayer({ shown, zoom, children }: { shown: boolean; zoom: CSSProperties | undefined; children: ReactNode }) {
  const ref = useAnimateOnChange<HTMLDivElement>({ opacity: shown ? 1 : 0 });
  // Opacity by class, not an inline style: the prerendered HTML carries no style attribute.
  return (
    <div className={shown ? 'graphic-layer' : 'graphic-layer graphic-layer--hidden'} ref={ref} style={zoom} inert={!shown}>
      {children}
    </div>
  );
}

/**
 * The graphic for one beat: a takeaway title, a line on how to read it, and both charts kept
 * mounted, the one this beat needs shown and the other faded out in its nearest state (see
 * heldScene). The SVGs are hidden from assistive technology: the beat's text and a description here
 * say everything they show. Memoised: the story re-rendering for another reason leaves it alone.
 */
export const GraphicPanel = memo(function GraphicPanel({ beatId, variant, reveal = 2, scale = 1 }: GraphicPanelProps) {
  const beat = beatFor(beatId);
  const scene = beat.scene;
  const [canvasRef, measured] = useChartSize<HTMLDivElement>(SERVER_SIZE);
  const size = { width: Math.round(measured.width / scale), height: Math.round(measured.height / scale) };
  // CSS zoom scales the layer's layout, so the timeline's HTML details and pointer positions stay aligned.
  const zoom: CSSProperties | undefined = scale === 1 ? undefined : { zoom: scale, width: size.width, height: size.height, right: 'auto', bottom: 'auto' };
  const timelineScene = scene.kind === 'timeline' ? scene : heldScene(beatId, 'timeline');
  const baseSentenceState = sentenceStateFor((scene.kind === 'sentence' ? scene : heldScene(beatId, 'sentence')).state);
  const sentenceState = reveal === 0 ? { ...baseSentenceState, showNumbers: false } : baseSentenceState;
  const guide = scene.kind === 'timeline' ? howToRead.timeline : scene.state === 'lifetime' ? howToRead.lifetime : howToRead.sentence;
  return (
    <figure className={`graphic-panel graphic-panel--${variant}`} data-scene={scene.kind}>
      <figcaption className="graphic-caption">
        {reveal === 2 && <span className="graphic-title">{graphicTitles[beatId]}</span>}
        <span className="graphic-guide">
          {guide}
          {variant === 'sticky' && (
            <>
              {' '}
              <a href={scene.kind === 'timeline' ? '#timeline-table' : '#sentence-table'}>{uiCopy.numbersLink}</a>
            </>
          )}
        </span>
        <span className="visually-hidden">{beat.graphicDescription}</span>
      </figcaption>
      <div className="graphic-canvas" ref={canvasRef}>
        <GraphicErrorBoundary fallback={<p className="graphic-fallback">{uiCopy.chartFailed}</p>}>
          <GraphicLayer shown={scene.kind === 'timeline'} zoom={zoom}>
            <Timeline data={timelineData} state={timelineStateFor(timelineScene)} width={size.width} height={size.height} text={timelineText} />
          </GraphicLayer>
          <GraphicLayer shown={scene.kind === 'sentence'} zoom={zoom}>
            <SentenceChart data={sentenceData} state={sentenceState} width={size.width} height={size.height} />
          </GraphicLayer>
        </GraphicErrorBoundary>
      </div>
      {variant === 'inline' && (
        <details className="graphic-numbers">
          <summary>{uiCopy.numbersSummary}</summary>
          {scene.kind === 'timeline' ? <TimelineTable eventIds={scene.focus} caption={graphicTitles[beatId]} /> : <SentenceTable />}
        </details>
      )}
    </figure>
  );
});
