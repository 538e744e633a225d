import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import type { StoryEdition } from '../story';
import { App } from './App';

/**
 * A story's default page as HTML, for the prerender step of the build. `prerender` waits for every
 * part loaded on demand (the corrections, the sources, the footer), so the HTML is the whole page,
 * not its loading fallbacks.
 */
export async function renderPage(edition: StoryEdition): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App mode="scroll" edition={edition} />
    </StrictMode>,
    // One piece of HTML in reading order: no boundary moved to the end and swapped in by an inline
    // script, which readers without JavaScript (and a strict CSP) would never see run.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  prelude.setEncoding('utf8');
  for await (const chunk of prelude) html += chunk;
  return html;
}
