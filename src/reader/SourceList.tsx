import type { Source } from '../story';
import { fill } from '../lib/fill';
import { useEdition, useLoaded } from './EditionContext';
import { sourceAnchor } from './SourceLinkTarget';

/**
 * Every cited source: id, outlet, title, date and, where the fact sheet allows, a link. The list is
 * long and at the very end, so it loads on demand (render it inside `<Suspense>`), code and all.
 */
export function SourceList() {
  const { load, ui } = useEdition();
  const sources = useLoaded(load.sources);
  return (
    <ol id="source-list" className="source-list">
      {sources.map((source: Source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          <span className="source-id">{source.id}</span> <span className="source-outlet">{source.outlet}</span>
          {', '}
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          {source.dated && <span className="source-date">, {source.dated}</span>}
          {source.moreUrls?.map((url, i) => (
            <span key={url}>
              {' · '}
              <a href={url} rel="noopener noreferrer">
                {fill(ui.alsoPage, { n: i + 2 })}
              </a>
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
