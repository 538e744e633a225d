import { ArticlePage } from '../article/ArticlePage';
import { MotionProvider } from './MotionProvider';
import type { Mode } from './readMode';

/** The composition root: renders exactly one page for the mode. */
export function App({ mode }: { mode: Mode }) {
  return (
    <MotionProvider>
      <ArticlePage inline={mode === 'article'} />
    </MotionProvider>
  );
}
