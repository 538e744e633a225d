import { ScrollStory } from '../scenes/ScrollStory';
import { story } from '../story';
import { uiCopy } from '../story/uiCopy';
import { AccessibilityStatement } from './AccessibilityStatement';
import { EmbedCode } from './EmbedCode';
import { Masthead } from './Masthead';
import { ReadingControls } from './ReadingControls';
import { usePrinting } from './usePrinting';
import './article.css';

export interface ArticlePageProps {
  /** Article mode: every beat followed by its own graphic, no sticky graphic, no scroll triggers. */
  inline?: boolean;
}

/** The article: masthead, the story (scroll-driven, or inline in article mode), and the end matter. */
export function ArticlePage({ inline = false }: ArticlePageProps) {
  // A printout has no scroll to drive one graphic: every beat prints with its own.
  const printing = usePrinting();
  return (
    <div className="article">
      <a className="skip-link" href="#data">
        {uiCopy.skipToData}
      </a>
      <Masthead>
        <ReadingControls inline={inline} />
      </Masthead>
      <ScrollStory layout={inline || printing ? 'inline' : 'sticky'} />
      <footer className="site-footer">
        <p>{uiCopy.footer}</p>
        <p className="site-footer-kit">
          <a href="?mode=lesson">{uiCopy.teacherKit}</a> {uiCopy.teacherKitNote}
        </p>
        <EmbedCode headline={story.meta.headline} />
        <AccessibilityStatement />
      </footer>
    </div>
  );
}
