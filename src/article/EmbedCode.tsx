import { useEffect, useState } from 'react';
import { embedSnippets, type EmbedSnippet } from './embedSnippets';
import { embedCopy } from '../story/embedCopy';

function Snippet({ snippet }: { snippet: EmbedSnippet }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
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
      <button type="button" className="control" onClick={copy}>
        {copied ? embedCopy.copied : embedCopy.copy}
      </button>
    </div>
  );
}

/**
 * "Embed this story": the copy-paste code for our loader, for pym.js and for a plain iframe. The
 * addresses use the page's own origin, known only in the browser, so the code appears after hydration.
 */
export function EmbedCode({ headline }: { headline: string }) {
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <section id="embed" className="embed-code" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{embedCopy.heading}</h2>
      <p>{embedCopy.intro}</p>
      {origin ? embedSnippets(origin, headline).map((s) => <Snippet key={s.id} snippet={s} />) : <p>{embedCopy.needsScript}</p>}
    </section>
  );
}
