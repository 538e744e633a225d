import { formatLongDate } from '../lib/utcDate';
import { useEdition, useFurniture, useLoaded } from '../reader/EditionContext';
import { Licence } from './Licence';

/**
 * The licence others may republish the story under, and our own record of what changed on the page
 * and why, newest first: the page's "Updated" day is the top entry's. The report's errors are a
 * different thing, in a beat of their own. Both load with the end matter, not the first screen.
 */
export function PublicationRecord() {
  const { load, lang } = useEdition();
  const { updates } = useLoaded(load.details);
  const copy = useFurniture().updates;
  return (
    <>
      <Licence />
      <section id="updates" className="updates-log" aria-labelledby="updates-heading">
        <h2 id="updates-heading">{copy.heading}</h2>
        <ol reversed>
          {[...updates].reverse().map((update) => (
            <li key={update.id} id={`update-${update.id}`}>
              <p>
                <time dateTime={update.date}>{formatLongDate(update.date, lang)}</time> · <strong>{copy.kinds[update.kind]}</strong>.{' '}
                {update.what}
              </p>
              {update.why && (
                <p>
                  <em>{copy.why}</em> {update.why}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
