import type { SentenceFigures } from '../story';
import { useEdition } from './EditionContext';
import { SourceLinks } from './SourceLinks';

/** The figures in the table's order. */
const FIGURES: readonly (keyof SentenceFigures)[] = ['requested', 'imposed', 'prisonPart', 'colonyPart', 'afterAppeal', 'websiteBan'];

/**
 * The sentence chart's numbers as an HTML table, with the calculated difference labelled. Renders
 * nothing for a story with no sentence.
 */
export function SentenceTable({ id }: { id?: string }) {
  const { sentence, sentenceCopy, chartCopy } = useEdition();
  const tableCopy = chartCopy.table;
  if (!sentence || !sentenceCopy) return null;
  const rows = sentenceCopy.rows;
  return (
    <table className="data-table" id={id}>
      <caption>{tableCopy.sentenceCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{tableCopy.figure}</th>
          <th scope="col">{tableCopy.term}</th>
        </tr>
      </thead>
      <tbody>
        {FIGURES.map((key) => {
          const figure = sentence[key];
          return (
            <tr key={key}>
              <th scope="row">{rows[key]}</th>
              <td>
                {figure.label}
                {figure.note && <span className="table-note"> {figure.note}</span>}
                <SourceLinks ids={figure.sources} />
              </td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{rows.difference}</th>
          <td>{rows.differenceValue}</td>
        </tr>
      </tbody>
    </table>
  );
}
