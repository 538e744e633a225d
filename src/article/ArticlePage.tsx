import { lazy } from 'react';
import { useEdition } from '../reader/EditionContext';
import { GraphicPanel } from '../reader/GraphicPanel';
import { InBrowserOnly } from '../reader/InBrowserOnly';
import { ScrollStory } from '../reader/ScrollStory';
import { Masthead } from './Masthead';
import { ReadingControls } from './ReadingControls';
import { usePrinting } from './usePrinting';
import './article.css';

// The footer's end (record of updates, newsroom tools, accessibility statement) is far below the
// first screen: the browser renders it after the story; the prerendered page links to the page of
// sources and data in its place.
const PageFoot = lazy(() => import('./PageFoot').then((m) => ({ default: m.PageFoot })));

export interface ArticlePageProps {
  /** Article mode: every beat followed by its own graphic, no sticky graphic, no scroll triggers. */
  inline?: boolean;
}

/** The article: masthead, the story (scroll-driven, or inline in article mode), and the end matter. */
export function ArticlePage({ inline = false }: ArticlePageProps) {
  // A printout has no scroll to drive one graphic: every beat prints with its own.
  const printing = usePrinting();
  const { meta, load, ui } = useEdition();
  return (
    <div className="article">
      <a className="skip-link" href="#data">
        {ui.skipToData}
      </a>
      <Masthead lead={!inline && meta.leadGraphic ? <GraphicPanel beatId={meta.leadGraphic} variant="lead" /> : undefined}>
        <ReadingControls inline={inline} />
      </Masthead>
      <ScrollStory layout={inline || printing ? 'inline' : 'sticky'} />
      <footer className="site-footer">
        <p>{meta.footer}</p>
        {load.kit && (
          <p className="site-footer-kit">
            <a href="?mode=lesson">{ui.teacherKit}</a> {ui.teacherKitNote}
          </p>
        )}
        <InBrowserOnly part="updates">
          <PageFoot headline={meta.headline} />
        </InBrowserOnly>
      </footer>
    </div>
  );
}
