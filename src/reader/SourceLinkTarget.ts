import { createContext } from 'react';
import type { SourceId } from '../story';

/** The id the source list gives each source's entry, so citations can link to it. */
export const sourceAnchor = (id: SourceId) => `source-${id}`;

/** Where a citation ("S05") links to. */
export interface SourceLinkTarget {
  href: (id: SourceId) => string;
  /** Open in a new tab: the list is on another page, and the reader's place here should stay. */
  newTab: boolean;
}

/** The list of sources is on this page: citations jump to its entries. */
export const sourcesOnThisPage: SourceLinkTarget = { href: (id) => `#${sourceAnchor(id)}`, newTab: false };

/**
 * The list of sources is on another page (the full story, for an embed or a slide): citations
 * open its entries in a new tab. `storyHref` is that page's address, with no fragment.
 */
export const sourcesOnPage = (storyHref: string): SourceLinkTarget => ({
  href: (id) => `${storyHref}#${sourceAnchor(id)}`,
  newTab: true,
});

/**
 * Where citations link in this part of the page. Modes that do not render the list of sources
 * provide {@link sourcesOnPage}, so no citation points at an anchor that is not there.
 */
export const SourceLinkContext = createContext<SourceLinkTarget>(sourcesOnThisPage);
