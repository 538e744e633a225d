import { useEffect, useState } from 'react';
import { siteRoot } from '../lib/buildTarget';
import { embedSnippets, type EmbedSnippet, type StoryAddress } from './embedSnippets';
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

/** This page's address without its query and fragment, and the site's root. */
function publishedAt(): StoryAddress | null {
  const root = siteRoot();
  return root ? { page: new URL('./', window.location.href).href, root } : null;
}

/**
 * "Embed this story": the copy-paste code for our loader, for pym.js and for a plain iframe. The
 * addresses are where the page is published, known only in the browser, so the code appears after
 * hydration.
 */
export function EmbedCode({ headline }: { headline: string }) {
  const [address, setAddress] = useState<StoryAddress | null>(null);
  useEffect(() => setAddress(publishedAt()), []);
  return (
    <section id="embed" className="embed-code" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{embedCopy.heading}</h2>
      <p>{embedCopy.intro}</p>
      {address ? embedSnippets(address, headline).map((s) => <Snippet key={s.id} snippet={s} />) : <p>{embedCopy.needsScript}</p>}
    </section>
  );
}
