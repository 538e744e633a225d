import { formatLongDate } from '../lib/utcDate';
import { story } from '../story';
import { tableCopy } from '../story/graphicCopy';
import { SourceLinks } from './SourceLinks';

/** Every event the timeline draws, as an HTML table: the same facts, readable without the chart. */
export function TimelineTable() {
  return (
    <table className="data-table" id="timeline-table">
      <caption>{tableCopy.timelineCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{tableCopy.date}</th>
          <th scope="col">{tableCopy.event}</th>
          <th scope="col">{tableCopy.status}</th>
        </tr>
      </thead>
      <tbody>
        {story.events.map((event) => (
          <tr key={event.id} data-event={event.id}>
            <th scope="row">
              <time dateTime={event.date}>{formatLongDate(event.date)}</time>
            </th>
            <td>
              {event.description}
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
