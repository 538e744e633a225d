import { lazy, memo, Suspense, type ReactNode } from 'react';
import type { EditionBeat } from '../story';
import { BeatText } from './BeatText';
import { BeatNav } from './BeatNav';
import { CorrectionsTable } from './CorrectionsTable';
import { useEdition } from './EditionContext';
import { Method } from './Method';
import { SourceLinks } from './SourceLinks';
import { InBrowserOnly } from './InBrowserOnly';
import { SentenceTable, TimelineTable } from './lazyDataTables';

// The list of sources, code and all, comes only when the browser renders it, after the story.
const SourceList = lazy(() => import('./SourceList').then((m) => ({ default: m.SourceList })));

export interface BeatSectionProps {
  beat: EditionBeat;
  /**
   * The beat the story opens on, current in the prerendered page. A constant: after the first
   * render the story marks the current beat on the DOM (src/scroll/currentStep.ts).
   */
  currentAtFirst?: boolean;
  /** The beat's place in the story, for its previous and next buttons. */
  index: number;
  /** Rendered after the text: the beat's own graphic in article mode. */
  children?: ReactNode;
  /** Previous and next buttons under the text, for the scroll-driven story. */
  withNav?: boolean;
  /** Include the full list of sources in the end matter. Default true. */
  withSourceList?: boolean;
}

/**
 * How the facts were checked, the data tables and the list of sources. The tables and the list are
 * long and at the very end: the prerendered page links to the page of sources and data in their
 * place, so that its first download stays one round trip, and the browser renders them.
 */
function EndMatter({ withSourceList }: { withSourceList: boolean }) {
  const { ui } = useEdition();
  return (
    <>
      <h3>{ui.methodHeading}</h3>
      <Suspense fallback={null}>
        <Method />
      </Suspense>
      <h3 id="data">{ui.dataHeading}</h3>
      {/* Both tables in one part, named after the first: its stand-in carries both tables' ids. */}
      <InBrowserOnly part="timeline-table">
        <TimelineTable id="timeline-table" />
        <SentenceTable id="sentence-table" />
      </InBrowserOnly>
      {withSourceList && (
        <>
          <h3>{ui.sourcesHeading}</h3>
          <InBrowserOnly part="source-list">
            <SourceList />
          </InBrowserOnly>
        </>
      )}
    </>
  );
}

/** The block a beat carries after its prose, by its role in the story. */
function BeatBlock({ block, withSourceList }: { block: EditionBeat['block']; withSourceList: boolean }) {
  switch (block) {
    case undefined:
      return null;
    case 'corrections-table':
      // The corrections come next to last: they load after the first screen, like the sources.
      return (
        <Suspense fallback={null}>
          <CorrectionsTable />
        </Suspense>
      );
    case 'end-matter':
      return <EndMatter withSourceList={withSourceList} />;
    default: {
      const unknown: never = block;
      throw new Error(`No block ${String(unknown)}`);
    }
  }
}

/**
 * One beat as a section whose id is the beat id, so `#verdict` works with no JavaScript. Which beat
 * is current (`aria-current="step"`) the story marks on the DOM (src/scroll/currentStep.ts), so a
 * new current beat renders no beat at all. Memoised: the story re-rendering leaves the beats alone.
 */
export const BeatSection = memo(function BeatSection({
  beat,
  index,
  currentAtFirst = false,
  children,
  withNav = false,
  withSourceList = true,
}: BeatSectionProps) {
  const headingId = `${beat.id}-heading`;
  return (
    <section
      id={beat.id}
      className="step"
      data-step={beat.id}
      aria-labelledby={headingId}
      aria-current={currentAtFirst ? 'step' : undefined}
    >
      <div className="step-card">
        {/* Focusable by script only: the previous/next buttons move focus here. */}
        <h2 id={headingId} tabIndex={-1}>
          {beat.heading}
        </h2>
        <BeatText id={beat.id} />
        <BeatBlock block={beat.block} withSourceList={withSourceList} />
        <SourceLinks ids={beat.sources} />
        {withNav && <BeatNav index={index} />}
      </div>
      {children}
    </section>
  );
});
