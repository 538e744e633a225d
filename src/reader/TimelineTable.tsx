import { formatLongDate } from '../lib/utcDate';
import { useEdition, useLoaded } from './EditionContext';
import { SourceLinks } from './SourceLinks';

export interface TimelineTableProps {
  /** Only these events; all of them when absent. */
  eventIds?: readonly string[];
  /** The caption; the full timeline's when absent. */
  caption?: string;
  /** An id for links to the table. */
  id?: string;
}

/** The timeline's events as an HTML table: the same facts, readable without the chart. */
export function TimelineTable({ eventIds, caption, id }: TimelineTableProps) {
  const { events: allEvents, chartCopy, lang, load } = useEdition();
  // The descriptions come with the end matter's words: render the table inside <Suspense>.
  const { descriptions } = useLoaded(load.details);
  const tableCopy = chartCopy.table;
  const events = eventIds ? allEvents.filter((e) => eventIds.includes(e.id)) : allEvents;
  return (
    <table className="data-table data-table--stacked" id={id}>
      <caption>{caption ?? tableCopy.timelineCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{tableCopy.dateHeading}</th>
          <th scope="col">{tableCopy.event}</th>
          <th scope="col">{tableCopy.statusHeading}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-event={event.id}>
            <th scope="row">
              <time dateTime={event.date}>{formatLongDate(event.date, lang)}</time>
            </th>
            <td>
              {descriptions[event.id]}
              {event.dateNote && <span className="table-note"> {event.dateNote}</span>}
              <SourceLinks ids={event.sources} />
            </td>
            <td className={`status status--${event.status}`}>{tableCopy.statusNames[event.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
