import { useEdition, useLoaded } from './EditionContext';
import { Inlines } from './Prose';
import { SourceLinks } from './SourceLinks';

export interface CorrectionsTableProps {
  /** Show only these corrections, in this order (the teacher kit's exercise); all of them by default. */
  only?: readonly string[];
  caption?: string;
}

/**
 * The report's wording beside what the sources say, one row per correction. The corrections load on
 * demand (render it inside `<Suspense>`).
 */
export function CorrectionsTable({ only, caption }: CorrectionsTableProps) {
  const { load, ui, meta } = useEdition();
  const corrections = useLoaded(load.corrections);
  const rows = only ? only.flatMap((id) => corrections.filter((c) => c.id === id)) : corrections;
  return (
    <table className="data-table data-table--stacked corrections-table">
      <caption>{caption ?? ui.correctionsTable.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{ui.correctionsTable.reportSaid}</th>
          <th scope="col">{ui.correctionsTable.sourcesSay}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          // Only the full table gives rows ids to link to: a page may show both tables.
          <tr key={c.id} id={only ? undefined : `correction-${c.id}`}>
            <th scope="row">
              <q lang={meta.reportLang}>{c.reportWording}</q>
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
