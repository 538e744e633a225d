import { sources, type Source } from '../story';
import { lesson } from '../story/lesson';

const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));

/** The sources the kit sends students to, with why each matters and its address written out for print. */
export function LessonSources() {
  return (
    <ul className="lesson-sources">
      {lesson.primarySources.map(({ source: id, why }) => {
        const source = sourcesById.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <p>
              <span className="source-id">{id}</span> <span className="source-outlet">{source.outlet}</span>,{' '}
              {source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : source.title}
              {source.date && <>, {source.date}</>}
            </p>
            <p className="lesson-source-why">{why}</p>
          </li>
        );
      })}
    </ul>
  );
}
