import { Inlines } from '../reader/Prose';
import type { Lesson } from '../story/lessonTypes';
import { fill } from '../lib/fill';
import { useEdition, useFurniture } from '../reader/EditionContext';

/** The slow-reveal warm-up: what each press of Next shows on the verdict slide, and what to ask. */
export function WarmUp({ lesson }: { lesson: Lesson }) {
  const lessonCopy = useFurniture().lesson;
  const number = new Intl.NumberFormat(useEdition().lang);
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
              <strong>{fill(lessonCopy.pressLabel, { n: number.format(i + 1) })}.</strong> {step.shows}
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
