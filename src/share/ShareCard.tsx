import { SentenceChart } from '../charts/SentenceChart/SentenceChart';
import { TimelineSvg } from '../charts/Timeline/TimelineSvg';
import { timelineLayout } from '../charts/Timeline/timelineLayout';
import { wrapText } from '../charts/shared/textMetrics';
import { graphicFor } from '../scenes/graphicFor';
import type { StoryEdition } from '../story';
import { storyCardBeat } from './storyCardBeat';

/** A card's size in px: 1200x630 for link previews; the story's own also comes square, 4:3 and 16:9 (scripts/build/sharing.ts). */
export interface CardSize {
  width: number;
  height: number;
}

const PAD = 64;
const KICKER_SIZE = 24;
const TITLE_SIZE = 46;
const TITLE_LEADING = 1.15;
const SUBTITLE_SIZE = 26;
const SUBTITLE_LEADING = 1.3;
/**
 * The chart is laid out at this width and scaled up to the card's, so its 13 px labels read at about
 * 23 px on the card: a preview is shown at a third of its size or less.
 */
const CHART_LAYOUT_WIDTH = 600;

/** Lines of text set from `top`, one under the other. */
function TextLines({
  className,
  lines,
  top,
  size,
  leading,
}: {
  className: string;
  lines: string[];
  top: number;
  size: number;
  leading: number;
}) {
  if (lines.length === 0) return null;
  return (
    <text className={className} x={PAD} y={top} fontSize={size}>
      {lines.map((line, i) => (
        <tspan key={i} x={PAD} dy={i === 0 ? size : size * leading}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The beat a card draws: the one named, or for the story's own card the one storyCardBeat picks. */
function cardBeat(edition: StoryEdition, beatId: string | null) {
  return beatId ? (edition.beats.find((beat) => beat.id === beatId) ?? null) : storyCardBeat(edition.beats);
}

/**
 * A share card as one SVG: the story's kicker, a title (the beat's heading, or the headline for
 * the story's own card), and the beat's real graphic, drawn by the same chart components as the
 * page. Pure: the build renders it to PNG with the project's own fonts (scripts/build/shareCards.ts);
 * its classes are styled by src/share/shareCard.css and the charts' own stylesheet.
 */
export function ShareCard({ edition, beatId, size }: { edition: StoryEdition; beatId: string | null; size: CardSize }) {
  const beat = cardBeat(edition, beatId);
  if (!beat) throw new Error(`The story has no beat ${JSON.stringify(beatId)} for a share card`);
  const title = beatId ? beat.heading : edition.meta.headline;
  const { width, height } = size;
  const textWidth = width - 2 * PAD;
  // Two lines of title at most: a longer one is set smaller until it fits in two.
  let titleSize = TITLE_SIZE;
  let lines = wrapText(title, titleSize, textWidth);
  while (lines.length > 2 && titleSize > 32) {
    titleSize -= 2;
    lines = wrapText(title, titleSize, textWidth);
  }
  const graphic = graphicFor(edition, beat.id);
  // Under the title, the graphic's own takeaway, as the page shows it above the chart.
  const subtitle = graphic.title ? wrapText(graphic.title, SUBTITLE_SIZE, textWidth).slice(0, 2) : [];
  const kickerY = PAD + KICKER_SIZE;
  const titleTop = kickerY + 24;
  const subtitleTop = titleTop + lines.length * titleSize * TITLE_LEADING + 14;
  const chartTop = subtitleTop + subtitle.length * SUBTITLE_SIZE * SUBTITLE_LEADING + 28;
  const chartHeight = height - chartTop - PAD / 2;
  const scale = textWidth / CHART_LAYOUT_WIDTH;
  const layoutSize = { width: CHART_LAYOUT_WIDTH, height: Math.round(chartHeight / scale) };
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} lang={edition.lang}>
      <rect className="share-paper" width={width} height={height} />
      <rect className="share-accent" width={width} height={8} />
      <text className="share-kicker" x={PAD} y={kickerY} fontSize={KICKER_SIZE}>
        {edition.meta.kicker.toUpperCase()}
      </text>
      <TextLines className="share-title" lines={lines} top={titleTop} size={titleSize} leading={TITLE_LEADING} />
      <TextLines className="share-subtitle" lines={subtitle} top={subtitleTop} size={SUBTITLE_SIZE} leading={SUBTITLE_LEADING} />
      <svg x={PAD} y={chartTop} width={textWidth} height={chartHeight}>
        {graphic.shown === 'timeline' && graphic.timeline ? (
          <TimelineSvg layout={timelineLayout(graphic.timeline.data, graphic.timeline.state, layoutSize)} stateKey={beat.id} />
        ) : graphic.sentence ? (
          <SentenceChart data={graphic.sentence.data} state={graphic.sentence.state} {...layoutSize} />
        ) : null}
      </svg>
    </svg>
  );
}
