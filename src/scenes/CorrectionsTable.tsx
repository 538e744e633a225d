import { story } from '../story';
import { uiCopy } from '../story/uiCopy';
import { Inlines } from './Prose';
import { SourceLinks } from './SourceLinks';

/** The report's wording beside what the sources say, one row per correction. */
export function CorrectionsTable() {
  return (
    <table className="data-table data-table--stacked corrections-table">
      <caption>{uiCopy.corrections.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{uiCopy.corrections.reportSaid}</th>
          <th scope="col">{uiCopy.corrections.sourcesSay}</th>
        </tr>
      </thead>
      <tbody>
        {story.corrections.map((c) => (
          <tr key={c.id} id={`correction-${c.id}`}>
            <th scope="row">
              <q>{c.reportWording}</q>
            </th>
            <td>
              <Inlines runs={c.correction} />
              <SourceLinks ids={c.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
