import { useEdition, useFurniture, useLoaded } from '../reader/EditionContext';
import type { Source } from '../story';
import type { LessonSource } from '../story/lessonTypes';
import type { Lesson } from '../story/lessonTypes';

function SourceEntries({ entries }: { entries: readonly LessonSource[] }) {
  const sources = useLoaded(useEdition().load.sources);
  const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));
  return (
    <ul className="lesson-sources">
      {entries.map(({ source: id, why }) => {
        const source = sourcesById.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <p>
              <span className="source-id">{id}</span> <span className="source-outlet">{source.outlet}</span>,{' '}
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {source.dated && <>, {source.dated}</>}
            </p>
            <p className="lesson-source-why">{why}</p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The sources the kit sends students to, primary (the law, official records) apart from secondary
 * (reports and case records), with why each matters and its address written out for print.
 */
export function LessonSources({ lesson }: { lesson: Lesson }) {
  const lessonCopy = useFurniture().lesson;
  return (
    <>
      <h3>{lessonCopy.sourceKinds.primary}</h3>
      <SourceEntries entries={lesson.keySources.primary} />
      <h3>{lessonCopy.sourceKinds.secondary}</h3>
      <SourceEntries entries={lesson.keySources.secondary} />
    </>
  );
}
