import { Suspense, use, type ReactNode } from 'react';
import { SOURCES_PAGE_DIR } from '../lib/pageContract.mjs';
import { preload, useEdition, useFurniture } from '../reader/EditionContext';
import { sourceAnchor } from '../reader/SourceLinkTarget';
import { IN_BROWSER_ONLY_DIGEST, STAND_IN_CLASS } from '../reader/InBrowserOnly';
import { Licence } from '../article/Licence';

/**
 * The server render's side of src/reader/InBrowserOnly.tsx: each part the story page leaves to the
 * browser is a Suspense boundary that throws in the server render, React's own way to leave a
 * boundary to the client. The HTML then holds its stand-in, and the browser renders the part.
 */

/**
 * Thrown in the server render to leave a part of the page to the browser. The HTML carries its
 * digest with the boundary, and hydration reports it back to `startApp`, which lets it pass.
 */
export class RenderedInBrowser extends Error {
  readonly digest = IN_BROWSER_ONLY_DIGEST;
  constructor(part: string) {
    super(`${part} is rendered in the browser only: the prerendered page carries its stand-in`);
    this.name = 'RenderedInBrowser';
  }
}

function Skip({ part }: { part: string }): null {
  throw new RenderedInBrowser(part);
}

/** Ids of entries inside a part, which links elsewhere on the page point to. */
function useAnchorsIn(part: string): readonly string[] {
  const { load } = useEdition();
  if (part === 'source-list') return use(preload(load.sources)).map((source) => sourceAnchor(source.id));
  if (part === 'timeline-table') return ['sentence-table'];
  if (part === 'updates') return ['embed', 'republish', 'accessibility'];
  return [];
}

/**
 * In place of the part: a link to it on the page of sources and data, where a reader without
 * JavaScript finds it in full. It carries the part's id and the ids of its entries, so that links
 * to them land here.
 */
function StandIn({ part }: { part: string }) {
  const copy = useFurniture().sourcesPage;
  return (
    <>
      {/* The licence stays on the story page, for those who republish it from its HTML. */}
      {part === 'updates' && <Licence />}
      <p id={part} className={STAND_IN_CLASS}>
        {useAnchorsIn(part).map((anchor) => (
          <span key={anchor} id={anchor} />
        ))}
        {copy.inFull} <a href={`${SOURCES_PAGE_DIR}/#${part}`}>{copy.title}</a>
      </p>
    </>
  );
}

/** A part left to the browser, as the server renders it: its stand-in. */
export function prerenderedInPlace(part: string, children: ReactNode): ReactNode {
  return (
    <Suspense fallback={<StandIn part={part} />}>
      <Skip part={part} />
      {children}
    </Suspense>
  );
}
