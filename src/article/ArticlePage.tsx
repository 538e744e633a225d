import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphicPanel } from '../scenes/GraphicPanel';
import { useActiveStep } from '../scroll/useActiveStep';
import { windowViewportSource } from '../scroll/viewportSource';
import { story } from '../story';
import { uiCopy } from '../story/uiCopy';
import { PHONE_LAYOUT_QUERY } from '../theme/tokens';
import { BeatSection } from './BeatSection';
import { AccessibilityStatement } from './AccessibilityStatement';
import { BeatNav } from './BeatNav';
import { Masthead } from './Masthead';
import { ReadingControls } from './ReadingControls';
import { useFocusedStep } from './useFocusedStep';
import { useStepDeepLink } from './useStepDeepLink';
import './article.css';

export interface ArticlePageProps {
  /** Article mode: every beat followed by its own graphic, no sticky graphic, no scroll triggers. */
  inline?: boolean;
}

/**
 * The story page. In the default scroll-driven form one sticky graphic follows the active beat;
 * in article mode each beat carries its own graphic.
 */
export function ArticlePage({ inline = false }: ArticlePageProps) {
  const stepsRef = useRef<HTMLDivElement>(null);
  const graphicRef = useRef<HTMLDivElement>(null);
  // On phones the graphic is pinned above the text; the trigger line sits in the part below it.
  const topInset = useCallback(() => {
    const graphic = graphicRef.current;
    if (!graphic || !window.matchMedia(PHONE_LAYOUT_QUERY).matches) return 0;
    return Math.max(0, graphic.getBoundingClientRect().bottom);
  }, []);
  const { index } = useActiveStep({
    containerRef: stepsRef,
    stepSelector: '.step',
    source: windowViewportSource,
    topInset,
    enabled: !inline,
  });
  const focusedIndex = useFocusedStep(stepsRef, '.step', !inline);
  const activeIndex = focusedIndex ?? index;
  const active = story.beats[activeIndex] ?? story.beats[0];
  const [announcement, setAnnouncement] = useState('');
  const firstIndex = useRef(activeIndex);
  useEffect(() => {
    // Announce only changes the reader made, never the beat the page opened on.
    if (activeIndex !== firstIndex.current && active) setAnnouncement(active.title);
  }, [activeIndex, active]);
  useStepDeepLink();

  return (
    <div className={`article${inline ? ' article--inline' : ' article--scrolly'}`}>
      <a className="skip-link" href="#data">
        {uiCopy.skipToData}
      </a>
      <Masthead>
        <ReadingControls inline={inline} />
      </Masthead>
      <main className="scrolly">
        {!inline && active && (
          <div className="scrolly-graphic" ref={graphicRef} data-active-step={active.id}>
            <GraphicPanel beatId={active.id} variant="sticky" />
          </div>
        )}
        <div className="scrolly-steps" ref={stepsRef}>
          {story.beats.map((beat, i) => (
            <BeatSection key={beat.id} beat={beat} active={!inline && beat.id === active?.id} nav={!inline && <BeatNav index={i} />}>
              {inline && beat.id !== 'sources' && <GraphicPanel beatId={beat.id} variant="inline" />}
            </BeatSection>
          ))}
        </div>
      </main>
      <footer className="site-footer">
        <p>{uiCopy.footer}</p>
        <AccessibilityStatement />
      </footer>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
