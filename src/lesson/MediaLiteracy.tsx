import { lazy, Suspense } from 'react';
import { Inlines, Prose } from '../scenes/Prose';
import { lesson } from '../story/lesson';
import { lessonCopy } from '../story/lessonCopy';

/** The same chunk the story's corrections beat loads: one copy of the corrections for both. */
const CorrectionsTable = lazy(() => import('../scenes/CorrectionsTable').then((m) => ({ default: m.CorrectionsTable })));

/** The exercise on the corrections beat: how a rewritten report drifted from its sources. */
export function MediaLiteracy() {
  const { mediaLiteracy } = lesson;
  return (
    <>
      <h3>{mediaLiteracy.title}</h3>
      <p>
        <Inlines runs={mediaLiteracy.intro} />
      </p>
      <ol className="lesson-tasks">
        {mediaLiteracy.tasks.map((task) => (
          <li key={task}>{task}</li>
        ))}
      </ol>
      <Suspense fallback={null}>
        <CorrectionsTable only={mediaLiteracy.corrections} caption={lessonCopy.exerciseCaption} />
      </Suspense>
      <h3>{lessonCopy.debrief}</h3>
      <Prose paragraphs={mediaLiteracy.debrief} />
    </>
  );
}
