import { lazy, memo, Suspense, type ReactNode } from 'react';
import { BeatNav } from './BeatNav';
import { Prose } from './Prose';
import { SentenceTable } from './SentenceTable';
import { SourceLinks } from './SourceLinks';
import { TimelineTable } from './TimelineTable';
import { method, type Beat } from '../story';
import { uiCopy } from '../story/uiCopy';

export interface BeatSectionProps {
  beat: Beat;
  /** This beat is the one the graphic shows. */
  active: boolean;
  /** The beat's place in the story, for its previous and next buttons. */
  index: number;
  /** Rendered after the text: the beat's own graphic in article mode. */
  children?: ReactNode;
  /** Previous and next buttons under the text, for the scroll-driven story. */
  withNav?: boolean;
  /** Include the full list of sources in the last beat. Default true. */
  withSourceList?: boolean;
}

/**
 * The list of sources is long and at the very end: it loads after the rest of the page. Its
 * prerendered HTML stays readable (and its anchors linkable) until then, when React hydrates it.
 */
const SourceList = lazy(() => import('./SourceList').then((m) => ({ default: m.SourceList })));
/** The corrections come next to last, and load after the first screen in the same way. */
const CorrectionsTable = lazy(() => import('./CorrectionsTable').then((m) => ({ default: m.CorrectionsTable })));

/** What some beats carry beyond their prose. */
function BeatExtras({ beat, withSourceList }: { beat: Beat; withSourceList: boolean }) {
  if (beat.id === 'corrections') {
    return (
      <Suspense fallback={null}>
        <CorrectionsTable />
      </Suspense>
    );
  }
  if (beat.id !== 'sources') return null;
  return (
    <>
      <h3>{uiCopy.methodHeading}</h3>
      <Prose paragraphs={method} />
      <h3 id="data">{uiCopy.dataHeading}</h3>
      <TimelineTable id="timeline-table" />
      <SentenceTable id="sentence-table" />
      {withSourceList && (
        <>
          <h3>{uiCopy.sourcesHeading}</h3>
          <Suspense fallback={null}>
            <SourceList />
          </Suspense>
        </>
      )}
    </>
  );
}

/**
 * One beat as a section whose id is the beat id, so `#verdict` works with no JavaScript.
 * The active beat carries `aria-current="step"`. Memoised: when the reader moves on, only the beat
 * they left and the one they reached render again, not all twelve.
 */
export const BeatSection = memo(function BeatSection({ beat, index, active, children, withNav = false, withSourceList = true }: BeatSectionProps) {
  const headingId = `${beat.id}-heading`;
  return (
    <section
      id={beat.id}
      className="step"
      data-step={beat.id}
      aria-labelledby={headingId}
      aria-current={active ? 'step' : undefined}
    >
      <div className="step-card">
        {/* Focusable by script only: the previous/next buttons move focus here. */}
        <h2 id={headingId} tabIndex={-1}>
          {beat.heading}
        </h2>
        <Prose paragraphs={beat.body} />
        <BeatExtras beat={beat} withSourceList={withSourceList} />
        <SourceLinks ids={beat.sources} />
        {withNav && <BeatNav index={index} />}
      </div>
      {children}
    </section>
  );
});
