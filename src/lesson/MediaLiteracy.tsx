import { Suspense } from 'react';
import { CorrectionsTable } from '../reader/CorrectionsTable';
import { Inlines, Prose } from '../reader/Prose';
import type { Lesson } from '../story/lessonTypes';
import { useFurniture } from '../reader/EditionContext';

/** The exercise on the corrections beat: how a rewritten report drifted from its sources. */
export function MediaLiteracy({ lesson }: { lesson: Lesson }) {
  const lessonCopy = useFurniture().lesson;
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
