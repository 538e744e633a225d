import { memo, useCallback, useRef } from 'react';
import type { EditionBeat } from '../story/editionTypes';
import { GraphicPanel } from '../reader/GraphicPanel';
import { BeatText } from '../reader/BeatText';
import { SourceLinkContext, sourcesOnPage } from '../reader/SourceLinkTarget';
import { fullReveal } from '../scenes/graphicFor';

/** Citations in a slide's tables open the article's list of sources: the slides do not carry it. */
const ARTICLE_SOURCES = sourcesOnPage('?mode=article');

/** How much larger charts are drawn for a projector: 13 px labels become about 21 px. */
const PROJECTOR_SCALE = 1.6;

export interface SlideProps {
  beat: EditionBeat;
  /** How many presses of the beat's reveal are shown (see `graphicFor`). */
  reveal: number;
  /** The slide on screen. The others wait, drawn, one screen apart. */
  current: boolean;
  /** Whether the presenter is skipping ahead, when the slide on screen changes: its graphic then changes at once, without its glide. */
  skipping: () => boolean;
}

/**
 * One beat's slide, one screen tall: its heading and text beside its graphic. Every slide stays
 * drawn and the deck scrolls from one to the next (`PresentPage`), so a press changes which slide is
 * current and what the browser shows, not what it lays out and paints. Memoised: a press renders
 * only the slide it leaves and the one it reaches.
 */
export const Slide = memo(function Slide({ beat, reveal, current, skipping }: SlideProps) {
  // Off screen, the graphic changes at once: drawn in advance, or reset behind the presenter, its
  // glides and fades would run for no one, on the main thread, while the slide on screen moves. A
  // question asked as each change is drawn, not a value, so the graphic renders only when its state
  // does, not when the slide comes on screen. Set while rendering, not in an effect: the graphic
  // below asks in this same render, before any effect runs.
  const onScreen = useRef(current);
  onScreen.current = current;
  const instant = useCallback(() => !onScreen.current || skipping(), [skipping]);
  // A slow reveal holds back the slide's text too until its last step: the heading and text would give the figures away.
  const withheld = reveal < fullReveal(beat);
  const headingId = `${beat.id}-slide-heading`;
  return (
    // Its parts' `inert`, while off screen, is kept by the deck (useSlideInView), between frames.
    <div className="present-slide" data-current={current || undefined}>
      <section className="present-text" id={beat.id} aria-current={current ? 'step' : undefined} aria-labelledby={headingId}>
        <h1 id={headingId}>{withheld ? beat.title : beat.heading}</h1>
        {!withheld && <BeatText id={beat.id} />}
      </section>
      {beat.inlineGraphic !== false && (
        <div className="present-graphic">
          <SourceLinkContext.Provider value={ARTICLE_SOURCES}>
            <GraphicPanel beatId={beat.id} variant="inline" revealStep={reveal} scale={PROJECTOR_SCALE} instant={instant} />
          </SourceLinkContext.Provider>
        </div>
      )}
    </div>
  );
});
