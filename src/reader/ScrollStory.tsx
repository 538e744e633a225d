import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { markCurrentStep } from '../scroll/currentStep';
import { useActiveStep } from '../scroll/useActiveStep';
import { windowViewportSource, type ViewportSource } from '../scroll/viewportSource';
import { PHONE_LAYOUT_QUERY } from '../theme/tokens';
import { BeatSection } from './BeatSection';
import { useEdition } from './EditionContext';
import { GraphicPanel } from './GraphicPanel';
import { useFocusedStep } from './useFocusedStep';
import { usePinnedGraphic } from './usePinnedGraphic';
import { useStepDeepLink } from './useStepDeepLink';
import './story.css';

/**
 * How the story is laid out:
 * - `sticky`: one graphic follows the active beat, beside the text or pinned above it on phones;
 * - `pinned`: as `sticky`, in a frame that cannot scroll itself (a pym.js host with scroll tracking):
 *   the graphic is held in view by transforms from the host's viewport;
 * - `inline`: every beat followed by its own graphic, no scroll triggers (article mode, and the
 *   stacked layout of an embed whose host cannot keep a sticky graphic alive).
 */
export type StoryLayout = 'sticky' | 'pinned' | 'inline';

export interface ScrollStoryProps {
  layout: StoryLayout;
  /** Where the scroll engine reads the viewport; the window unless a host page says otherwise. */
  source?: ViewportSource;
  /** Leave out the long list of sources (the embed links to the full story instead). */
  withSourceList?: boolean;
  /**
   * Whether the story is the page's main landmark. The teacher kit prints it as a handout inside
   * its own `<main>`, where a second one would confuse screen readers.
   */
  landmark?: 'main' | 'none';
  /** Called when the active beat changes (an embed tells its host). */
  onActiveChange?: (id: string) => void;
}

/**
 * The story itself, shared by every mode: the beats, the graphic and the scroll engine that joins
 * them. Exactly one beat carries `aria-current="step"` in the sticky layout (marked on the DOM,
 * src/scroll/currentStep.ts), and the graphic's root carries `data-active-step`. A polite live
 * region announces each new beat's short title.
 */
export function ScrollStory({
  layout,
  source = windowViewportSource,
  withSourceList = true,
  landmark = 'main',
  onActiveChange,
}: ScrollStoryProps) {
  const { beats } = useEdition();
  const Landmark = landmark === 'main' ? 'main' : 'div';
  const sticky = layout !== 'inline';
  const rootRef = useRef<HTMLElement>(null);
  const stepsRef = useRef<HTMLDivElement>(null);
  const graphicRef = useRef<HTMLDivElement>(null);
  usePinnedGraphic(rootRef, graphicRef, source, layout === 'pinned');
  // On phones the graphic is pinned above the text; the trigger line sits in the part below it.
  // One MediaQueryList for the page's life: matchMedia on every scrolled frame showed up in profiles.
  const phoneLayout = useRef<MediaQueryList | null>(null);
  const topInset = useCallback(() => {
    const graphic = graphicRef.current;
    phoneLayout.current ??= window.matchMedia(PHONE_LAYOUT_QUERY);
    if (!graphic || !phoneLayout.current.matches) return 0;
    return Math.max(0, graphic.getBoundingClientRect().bottom - source.read().top);
  }, [source]);
  // A beat passed at speed (a flick, a wheel spun) is marked current at once, but not rendered:
  // the graphic holds its beat until the reader settles. Each new graphic state, and each render
  // of the story, costs a mid-range phone's main thread a frame or two; one for every beat passed
  // in a flick is motion no one can read, and dropped frames. Settled beats away from the beat it
  // holds, the graphic changes to theirs at once: a glide across every beat passed shows no step of
  // the story, and starting it would cost the frames of the moment the reader stops to read. From
  // the next beat or the one before, it glides, as it does at reading pace.
  const markPassing = useCallback((i: number, steps: readonly HTMLElement[]) => markCurrentStep(steps, steps[i]), []);
  const { index, measured, leapt } = useActiveStep({
    containerRef: stepsRef,
    stepSelector: '.step',
    source,
    topInset,
    enabled: sticky,
    onPassing: markPassing,
  });
  const focusedIndex = useFocusedStep(stepsRef, '.step', sticky);
  // A deep link shows its beat until the reader moves the page, whatever the trigger line says.
  const linked = useStepDeepLink(source);
  const linkedIndex = linked === null ? -1 : beats.findIndex((beat) => beat.id === linked);
  const activeIndex = focusedIndex ?? (linkedIndex >= 0 ? linkedIndex : index);
  const active = beats[activeIndex] ?? beats[0]!;
  // The one current beat, marked on the DOM (src/scroll/currentStep.ts): before the browser paints
  // the render that made it current.
  useLayoutEffect(() => {
    const steps = stepsRef.current?.children;
    if (!sticky || !steps) return;
    // The sections in beat order, as the scroll engine reads them too.
    markCurrentStep(steps, steps[beats.indexOf(active)]);
    return () => markCurrentStep(steps, null);
  }, [beats, active, sticky]);
  // Announce only changes the reader made: nothing for the beat the page opened on (as the scroll
  // engine first measured it: a link to #verdict opens on the verdict), until the reader first
  // moves; after that every change, the opening beat included. Derived while rendering (React
  // re-runs this component alone, before its children), not set from an effect: an effect's update
  // would render the whole story a second time for every beat change.
  const [openedOn, setOpenedOn] = useState<number | null>(null);
  const [moved, setMoved] = useState(false);
  if (openedOn === null && measured) setOpenedOn(activeIndex);
  if (!moved && openedOn !== null && activeIndex !== openedOn) setMoved(true);
  const announcement = moved ? active.title : '';
  useEffect(() => {
    if (sticky) onActiveChange?.(active.id);
  }, [active, sticky, onActiveChange]);

  return (
    <div className={`story ${sticky ? 'story--sticky ' : ''}story--${layout}`}>
      {/* Both element types are HTMLElements, which is all the ref's users rely on. */}
      <Landmark className="scrolly" ref={rootRef as RefObject<HTMLDivElement>}>
        <div className="scrolly-steps" ref={stepsRef}>
          {beats.map((beat, i) => (
            <BeatSection
              key={beat.id}
              beat={beat}
              currentAtFirst={sticky && i === 0}
              index={i}
              withSourceList={withSourceList}
              withNav={sticky}
            >
              {!sticky && beat.inlineGraphic !== false && <GraphicPanel beatId={beat.id} variant="inline" />}
            </BeatSection>
          ))}
        </div>
        {/*
         * After the beats in the document, beside or above them on screen (story.css places it): a
         * screen reader reaches the story first, and the graphic's list of every event after it.
         */}
        {sticky && (
          <div className="scrolly-graphic" ref={graphicRef} data-active-step={active.id}>
            <GraphicPanel beatId={active.id} variant="sticky" instant={leapt && activeIndex === index} />
          </div>
        )}
      </Landmark>
      <p className="visually-hidden story-announcer" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
