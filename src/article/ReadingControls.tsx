import type { MouseEvent } from 'react';
import { useUi } from '../reader/EditionContext';
import { setReduceMotion, useReduceMotionChoice } from '../theme/motionPreference';

/** Goes to the other mode, keeping the rest of the query and the fragment, so the reader keeps their place. */
function switchMode(mode: 'article' | 'scroll') {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const params = new URLSearchParams(window.location.search);
    params.set('mode', mode);
    window.location.assign(`?${params.toString()}${window.location.hash}`);
  };
}

/**
 * The reader's controls: switch between the scroll-driven story and the plain article, and reduce
 * motion on this page whatever the system setting.
 */
export function ReadingControls({ inline }: { inline: boolean }) {
  const reduce = useReduceMotionChoice();
  const ui = useUi();
  const target = inline ? 'scroll' : 'article';
  return (
    <div className="reading-controls" role="group" aria-label={ui.controlsLabel}>
      <a className="control" href={`?mode=${target}`} onClick={switchMode(target)}>
        {inline ? ui.toScrollMode : ui.toArticleMode}
      </a>
      {!inline && (
        <button type="button" className="control" aria-pressed={reduce} onClick={() => setReduceMotion(!reduce)}>
          {ui.reduceMotion}
        </button>
      )}
    </div>
  );
}
