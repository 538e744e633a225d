import { Suspense } from 'react';
import { useEdition, useFurniture } from '../reader/EditionContext';
import { Method } from '../reader/Method';
import { SentenceTable } from '../reader/SentenceTable';
import { SourceList } from '../reader/SourceList';
import { TimelineTable } from '../reader/TimelineTable';
import { AccessibilityStatement } from './AccessibilityStatement';
import { PublicationRecord } from './PublicationRecord';
import './article.css';

/** The newsroom tools need the story page's script: links to them there. */
function NewsroomLinks() {
  const { embed, republish } = useFurniture();
  return (
    <ul className="newsroom-links">
      <li>
        <a href="../#embed">{embed.heading}</a>
      </li>
      <li>
        <a href="../#republish">{republish.heading}</a>
      </li>
    </ul>
  );
}

/**
 * The page of sources and data, one per edition (`sources-and-data/`): how the facts were checked, both data
 * tables, every source, our record of updates and the accessibility statement, in full and with no
 * script. The story page renders the same parts in place with JavaScript; without it, it links here.
 */
export function SourcesPage() {
  return (
    <div className="article sources-page">
      <Suspense fallback={null}>
        <SourcesPageContent />
      </Suspense>
    </div>
  );
}

function SourcesPageContent() {
  const { meta, ui } = useEdition();
  const copy = useFurniture().sourcesPage;
  return (
    <>
      <header className="masthead">
        <p className="kicker">
          <a href="../">{meta.headline}</a>
        </p>
        <h1>{copy.title}</h1>
      </header>
      <main className="sources-page-body">
        <h2>{ui.methodHeading}</h2>
        <Method />
        <h2 id="data">{ui.dataHeading}</h2>
        <TimelineTable id="timeline-table" />
        <SentenceTable id="sentence-table" />
        <h2>{ui.sourcesHeading}</h2>
        <SourceList />
      </main>
      <footer className="site-footer">
        <NewsroomLinks />
        <PublicationRecord />
        <AccessibilityStatement />
      </footer>
    </>
  );
}
