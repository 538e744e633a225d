import type { Inline, Paragraph } from '../story';

function Run({ run }: { run: Inline }) {
  if (typeof run === 'string') return <>{run}</>;
  if ('ru' in run) return <span lang="ru">{run.ru}</span>;
  return <em>{run.em}</em>;
}

/** One paragraph's runs, without the paragraph element: for table cells and captions. */
export function Inlines({ runs }: { runs: Paragraph }) {
  return (
    <>
      {runs.map((run, i) => (
        <Run key={i} run={run} />
      ))}
    </>
  );
}

/** Story paragraphs as HTML: plain text, Russian set with `lang="ru"`, and emphasis. */
export function Prose({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          <Inlines runs={paragraph} />
        </p>
      ))}
    </>
  );
}
