import { useEdition, useLoaded } from './EditionContext';
import { Prose } from './Prose';

/** How the facts were checked: its words load with the end matter (render it inside `<Suspense>`). */
export function Method() {
  const { load } = useEdition();
  return <Prose paragraphs={useLoaded(load.details).method} />;
}
