import { useEdition } from '../reader/EditionContext';
import { Inlines } from '../reader/Prose';
import { SourceLinks } from '../reader/SourceLinks';
import type { Lesson } from '../story/lessonTypes';

/**
 * The glossary in plain language: each term, its Russian where the story uses one (but in the Russian
 * edition, whose term is the Russian), and its sources.
 */
export function Vocabulary({ lesson }: { lesson: Lesson }) {
  const russian = useEdition().lang === 'ru';
  return (
    <dl className="lesson-vocabulary">
      {lesson.vocabulary.map((entry) => (
        <div key={entry.term}>
          <dt>
            {entry.term}
            {entry.ru && !russian && (
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
