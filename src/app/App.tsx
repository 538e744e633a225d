import { lazy, Suspense, useEffect } from 'react';
import { ArticlePage } from '../article/ArticlePage';
import { EditionContext } from '../reader/EditionContext';
import type { StoryEdition } from '../story';
import type { Mode } from './readMode';

// The scroll-driven article is what nearly every reader opens, so only it is in the first download.
// The other modes load their own code: a classroom or a newsroom's frame waits a moment, a phone does not.
const EmbedPage = lazy(() => import('../embed/EmbedPage').then((m) => ({ default: m.EmbedPage })));
const PresentPage = lazy(() => import('../present/PresentPage').then((m) => ({ default: m.PresentPage })));
const NotesPage = lazy(() => import('../present/NotesPage').then((m) => ({ default: m.NotesPage })));
const LessonPage = lazy(() => import('../lesson/LessonPage').then((m) => ({ default: m.LessonPage })));
const CardPage = lazy(() => import('../card/CardPage').then((m) => ({ default: m.CardPage })));

function Page({ mode, edition }: { mode: Mode; edition: StoryEdition }) {
  switch (mode) {
    case 'scroll':
      return <ArticlePage />;
    case 'article':
      return <ArticlePage inline />;
    case 'embed':
      return <EmbedPage />;
    case 'present':
      return <PresentPage />;
    case 'notes':
      return <NotesPage />;
    case 'card':
      return <CardPage />;
    case 'lesson':
      // A story with no teacher kit has no lesson to show: the article, as for any unknown mode.
      return edition.load.kit ? <LessonPage loadKit={edition.load.kit} /> : <ArticlePage inline />;
    default: {
      const unknown: never = mode;
      throw new Error(`No page for mode ${String(unknown)}`);
    }
  }
}

/**
 * Marks the page as interactive once its page has mounted: styles that need JavaScript and the
 * browser tests key off it. Inside the Suspense boundary, so it waits for a lazily loaded page.
 */
function MarkInteractive({ mode }: { mode: Mode }) {
  useEffect(() => {
    document.documentElement.dataset.hydrated = mode;
    // For the benchmark (scripts/bench.mjs): when the page became interactive.
    performance.mark?.('khamroyev:interactive');
  }, [mode]);
  return null;
}

/** The composition root: renders exactly one page for the mode, of the story it is given. */
export function App({ mode, edition }: { mode: Mode; edition: StoryEdition }) {
  return (
    <EditionContext value={edition}>
      <Suspense fallback={null}>
        <Page mode={mode} edition={edition} />
        <MarkInteractive mode={mode} />
      </Suspense>
    </EditionContext>
  );
}
