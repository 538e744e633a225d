import type { SourceId } from '../story';
import { uiCopy } from '../story/uiCopy';

/** The id the source list gives each source's entry, so citations can link to it. */
export const sourceAnchor = (id: SourceId) => `source-${id}`;

/** "Sources: S01, S07" with each id linking to its entry in the list at the end. */
export function SourceLinks({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <p className="source-links">
      <span className="source-links-label">{uiCopy.sourcesLabel}</span>{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#${sourceAnchor(id)}`}>{id}</a>
        </span>
      ))}
    </p>
  );
}
