import type { Inline, Paragraph } from '../story';

function Run({ run }: { run: Inline }) {
  if (typeof run === 'string') return <>{run}</>;
  if ('ru' in run) return <span lang="ru">{run.ru}</span>;
  return <em>{run.em}</em>;
}

/** Story paragraphs as HTML: plain text, Russian set with `lang="ru"`, and emphasis. */
export function Prose({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>
          {paragraph.map((run, j) => (
            <Run key={j} run={run} />
          ))}
        </p>
      ))}
    </>
  );
}
