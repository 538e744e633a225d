import { useMemo } from 'react';
import { fill } from '../lib/fill';
import { useEdition, useFurniture, useLoaded } from '../reader/EditionContext';
import { CopyButton } from './CopyButton';
import { usePageAddress } from './pageAddress';
import { republishHtml } from './republishHtml';

/**
 * "Republish this story", beside "Embed this story": the whole text as clean HTML, with its credit
 * line, its sources, the licence and a link back (republishHtml.ts). Its address is where the page is
 * published, known only in the browser, so the HTML appears after hydration.
 */
export function RepublishPanel() {
  const edition = useEdition();
  const { load, meta, beats, ui } = edition;
  const copy = useFurniture().republish;
  const prose = useLoaded(load.prose);
  const details = useLoaded(load.details);
  const corrections = useLoaded(load.corrections);
  const sources = useLoaded(load.sources);
  const address = usePageAddress();
  const html = useMemo(
    () =>
      address &&
      republishHtml({
        meta,
        beats,
        prose,
        method: details.method,
        corrections,
        sources,
        licence: details.licence,
        ui,
        originally: copy.originally,
        storyUrl: address.page,
      }),
    [address, meta, beats, prose, details, corrections, sources, ui, copy.originally],
  );
  return (
    <section id="republish" className="embed-code republish" aria-labelledby="republish-heading">
      <h2 id="republish-heading">{copy.heading}</h2>
      <p>{fill(copy.intro, { licence: details.licence.code })}</p>
      {html ? (
        <div className="embed-snippet" role="group" aria-labelledby="republish-heading">
          {/* Focusable so that a keyboard can scroll the text in its box. */}
          <pre tabIndex={0} className="republish-html">
            <code>{html}</code>
          </pre>
          <CopyButton text={html} label={copy.copy} copiedLabel={copy.copied} />
        </div>
      ) : (
        <p>{copy.needsScript}</p>
      )}
    </section>
  );
}
