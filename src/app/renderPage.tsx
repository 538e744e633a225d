import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { PrerenderedPart } from '../reader/InBrowserOnly';
import { prerenderedInPlace, RenderedInBrowser } from './prerenderedParts';
import { EditionContext } from '../reader/EditionContext';
import { SourcesPage } from '../article/SourcesPage';
import type { StoryEdition } from '../story';
import { App } from './App';

/**
 * A page as HTML. `prerender` waits for every part loaded on demand (the beats' words, the
 * corrections, the method), so the HTML is the whole page, not its loading fallbacks; the parts
 * left to the browser (src/reader/InBrowserOnly.tsx) are their stand-ins. Any other error fails
 * the build.
 */
async function prerendered(page: ReactNode): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(<StrictMode>{page}</StrictMode>, {
    // One piece of HTML in reading order: no boundary moved to the end and swapped in by an inline
    // script, which readers without JavaScript (and a strict CSP) would never see run.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError(error) {
      if (error instanceof RenderedInBrowser) return error.digest;
      errors.push(error);
      return undefined;
    },
  });
  let html = '';
  prelude.setEncoding('utf8');
  for await (const chunk of prelude) html += chunk;
  if (errors.length > 0) throw new Error(`The page could not be prerendered: ${errors.map(String).join('; ')}`, { cause: errors[0] });
  return html;
}

/** A story's default page as HTML, for the prerender step of the build. */
export function renderPage(edition: StoryEdition): Promise<string> {
  return prerendered(
    <PrerenderedPart value={prerenderedInPlace}>
      <App mode="scroll" edition={edition} />
    </PrerenderedPart>,
  );
}

/** The page of sources and data an edition's story page links to, as HTML. */
export function renderSourcesPage(edition: StoryEdition): Promise<string> {
  return prerendered(
    <EditionContext value={edition}>
      <SourcesPage />
    </EditionContext>,
  );
}
