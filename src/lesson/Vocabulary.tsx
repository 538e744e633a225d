import { Inlines } from '../scenes/Prose';
import { SourceLinks } from '../scenes/SourceLinks';
import { lesson } from '../story/lesson';

/** The glossary in plain language: each term, its Russian where the story uses one, and its sources. */
export function Vocabulary() {
  return (
    <dl className="lesson-vocabulary">
      {lesson.vocabulary.map((entry) => (
        <div key={entry.term}>
          <dt>
            {entry.term}
            {entry.ru && (
              <>
                {' '}
                (<span lang="ru">{entry.ru}</span>)
              </>
            )}
          </dt>
          <dd>
            <Inlines runs={entry.definition} /> <SourceLinks ids={entry.sources} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
