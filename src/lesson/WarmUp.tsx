import { Inlines } from '../reader/Prose';
import { lessonCopy } from '../story/lessonCopy';
import type { Lesson } from '../story/lessonTypes';

/** The slow-reveal warm-up: what each press of Next shows on the verdict slide, and what to ask. */
export function WarmUp({ lesson }: { lesson: Lesson }) {
  const { warmUp } = lesson;
  return (
    <>
      <p>
        <Inlines runs={warmUp.intro} />
      </p>
      <ol className="lesson-reveal">
        {warmUp.steps.map((step, i) => (
          <li key={i}>
            <p className="lesson-reveal-shows">
              <strong>{lessonCopy.pressLabel(i + 1)}.</strong> {step.shows}
            </p>
            <ul>
              {step.ask.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
