import { useState, useSyncExternalStore } from 'react';
import { siteRoot } from '../lib/buildTarget';
import { embedSnippets, type EmbedSnippet, type StoryAddress } from './embedSnippets';
import { useFurniture } from '../reader/EditionContext';

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
      <button type="button" className="control" onClick={copy}>
        {copied ? embedCopy.copied : embedCopy.copy}
      </button>
    </div>
  );
}

let published: StoryAddress | null | undefined;

/** This page's address without its query and fragment, and the site's root; read once, in the browser. */
function publishedAt(): StoryAddress | null {
  if (published === undefined) {
    const root = siteRoot();
    published = root ? { page: new URL('./', window.location.href).href, root } : null;
  }
  return published;
}

const noSubscription = () => () => {};

/**
 * "Embed this story": the copy-paste code for our loader, for pym.js and for a plain iframe. The
 * addresses are where the page is published, known only in the browser, so the code appears after
 * hydration.
 */
export function EmbedCode({ headline }: { headline: string }) {
  // Null on the server and while the prerendered page hydrates, so both agree; the address after.
  const address = useSyncExternalStore(noSubscription, publishedAt, () => null);
  const embedCopy = useFurniture().embed;
  return (
    <section id="embed" className="embed-code" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{embedCopy.heading}</h2>
      <p>{embedCopy.intro}</p>
      {address ? embedSnippets(address, headline).map((s) => <Snippet key={s.id} snippet={s} />) : <p>{embedCopy.needsScript}</p>}
    </section>
  );
}
