import { useEffect } from 'react';
import { ArticlePage } from '../article/ArticlePage';
import { EmbedPage } from '../embed/EmbedPage';
import { LessonPage } from '../lesson/LessonPage';
import { NotesPage } from '../present/NotesPage';
import { PresentPage } from '../present/PresentPage';
import { MotionProvider } from './MotionProvider';
import type { Mode } from './readMode';

/** The composition root: renders exactly one page for the mode. */
export function App({ mode }: { mode: Mode }) {
  useEffect(() => {
    // Marks the page as interactive: styles that need JavaScript and the browser tests key off it.
    document.documentElement.dataset.hydrated = mode;
  }, [mode]);
  const pages = { embed: <EmbedPage />, present: <PresentPage />, notes: <NotesPage />, lesson: <LessonPage />, article: <ArticlePage inline />, scroll: <ArticlePage /> };
  const page = pages[mode];
  return <MotionProvider>{page}</MotionProvider>;
}
