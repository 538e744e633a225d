import { embedSnippets, type EmbedSnippet } from './embedSnippets';
import { CopyButton } from './CopyButton';
import { usePageAddress } from './pageAddress';
import { useFurniture } from '../reader/EditionContext';

function Snippet({ snippet }: { snippet: EmbedSnippet }) {
  const embedCopy = useFurniture().embed;
  const text = embedCopy.snippets[snippet.id];
  return (
    // A named group, not a name on the <pre>: ARIA allows no name on an element with its generic role.
    <div className="embed-snippet" role="group" aria-labelledby={`embed-${snippet.id}`}>
      <h3 id={`embed-${snippet.id}`}>{text.heading}</h3>
      <p>{text.note}</p>
      {/* Focusable so that a keyboard can scroll a line wider than the screen. */}
      <pre tabIndex={0}>
        <code>{snippet.code}</code>
      </pre>
      <CopyButton text={snippet.code} label={embedCopy.copy} copiedLabel={embedCopy.copied} />
    </div>
  );
}

/**
 * "Embed this story": the copy-paste code for our loader, for pym.js and for a plain iframe. The
 * addresses are where the page is published, known only in the browser, so the code appears after
 * hydration.
 */
export function EmbedCode({ headline }: { headline: string }) {
  const address = usePageAddress();
  const embedCopy = useFurniture().embed;
  return (
    <section id="embed" className="embed-code" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{embedCopy.heading}</h2>
      <p>{embedCopy.intro}</p>
      {address ? embedSnippets(address, headline).map((s) => <Snippet key={s.id} snippet={s} />) : <p>{embedCopy.needsScript}</p>}
    </section>
  );
}
