import { Inlines } from '../scenes/Prose';
import { lesson } from '../story/lesson';
import { lessonCopy } from '../story/lessonCopy';

/** The slow-reveal warm-up: what each press of Next shows on the verdict slide, and what to ask. */
export function WarmUp() {
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
