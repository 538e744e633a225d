import { sentence, type SentenceFigure } from '../story';
import { tableCopy } from '../story/graphicCopy';
import { uiCopy } from '../story/uiCopy';
import { SourceLinks } from './SourceLinks';

const rows: readonly [string, SentenceFigure][] = [
  [uiCopy.sentenceRows.requested, sentence.requested],
  [uiCopy.sentenceRows.imposed, sentence.imposed],
  [uiCopy.sentenceRows.prisonPart, sentence.prisonPart],
  [uiCopy.sentenceRows.colonyPart, sentence.colonyPart],
  [uiCopy.sentenceRows.afterAppeal, sentence.afterAppeal],
  [uiCopy.sentenceRows.websiteBan, sentence.websiteBan],
];

/** The sentence chart's numbers as an HTML table, with the calculated difference labelled. */
export function SentenceTable({ id }: { id?: string }) {
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
        {rows.map(([name, figure]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>
              {figure.label}
              {figure.note && <span className="table-note"> {figure.note}</span>}
              <SourceLinks ids={figure.sources} />
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">{uiCopy.sentenceRows.difference}</th>
          <td>{uiCopy.sentenceRows.differenceValue}</td>
        </tr>
      </tbody>
    </table>
  );
}
