import { memo, Suspense } from 'react';
import { useEdition, useLoaded } from './EditionContext';
import { Prose } from './Prose';

function LoadedText({ id }: { id: string }) {
  const prose = useLoaded(useEdition().load.prose);
  return <Prose paragraphs={prose[id] ?? []} />;
}

/**
 * A beat's text, which loads just after the first download. While it loads, the prerendered page's
 * text stays on screen: React hydrates this boundary when the words arrive. Memoised on the beat's
 * id alone, so that the reader's scrolling, which renders the beat again, never reaches a boundary
 * still waiting to hydrate: React would drop the prerendered text for the (empty) fallback.
 */
export const BeatText = memo(function BeatText({ id }: { id: string }) {
  return (
    <Suspense fallback={null}>
      <LoadedText id={id} />
    </Suspense>
  );
});
