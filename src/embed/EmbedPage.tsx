import { useEffect, useMemo } from 'react';
import { useEdition } from '../reader/EditionContext';
import { ScrollStory } from '../reader/ScrollStory';
import { SourceLinkContext, sourcesOnPage } from '../reader/SourceLinkTarget';
import { fullStoryHref } from './fullStoryHref';
import { layoutFor } from './hostConnection';
import { useHostConnection } from './useHostConnection';
import './embed.css';

/**
 * The page inside a newsroom's iframe (`?mode=embed`): the same beats and graphics as the article,
 * with no site furniture, a compact credit line and a link to the full story. The layout follows the
 * handshake with the host: scroll-driven where the host keeps it alive, stacked where it cannot.
 */
export function EmbedPage() {
  const { meta, beats, ui } = useEdition();
  const { mode, postStep, source } = useHostConnection(beats);
  useEffect(() => {
    // `?bg=transparent` lets the host's own background show around the text cards.
    const transparent = new URLSearchParams(window.location.search).get('bg') === 'transparent';
    document.documentElement.classList.toggle('embed-transparent', transparent);
  }, []);
  const layout = layoutFor(mode);
  const storyHref = useMemo(() => fullStoryHref(), []);
  // The embed leaves out the list of sources: its citations open the full story's list instead.
  const citations = useMemo(() => sourcesOnPage(storyHref), [storyHref]);
  return (
    <SourceLinkContext.Provider value={citations}>
      <div className="embed" data-host-mode={mode}>
        <h1 className="visually-hidden">{meta.headline}</h1>
        <ScrollStory
          key={layout}
          layout={layout}
          source={layout === 'pinned' ? source : undefined}
          withSourceList={false}
          onActiveChange={postStep}
        />
        <footer className="embed-credit">
          <p>{meta.embedCredit}</p>
          <a href={storyHref} target="_blank" rel="noopener">
            {ui.readFullStory}
          </a>
        </footer>
      </div>
    </SourceLinkContext.Provider>
  );
}
