import { useContext } from 'react';
import type { SourceId } from '../story';
import { useUi } from './EditionContext';
import { SourceLinkContext } from './SourceLinkTarget';

/** "Sources: S01, S07" with each id linking to its entry in the list of sources. */
export function SourceLinks({ ids }: { ids: readonly SourceId[] }) {
  const target = useContext(SourceLinkContext);
  const ui = useUi();
  if (ids.length === 0) return null;
  return (
    <p className="source-links">
      <span className="source-links-label">{ui.sourcesLabel}</span>{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={target.href(id)} {...(target.newTab ? { target: '_blank', rel: 'noopener' } : {})}>
            {id}
          </a>
        </span>
      ))}
    </p>
  );
}
