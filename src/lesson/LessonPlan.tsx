import { Inlines } from '../reader/Prose';
import { fill } from '../lib/fill';
import { useEdition, useFurniture } from '../reader/EditionContext';
import { findBeat } from '../scenes/beatOrder';
import type { Lesson } from '../story/lessonTypes';

/** The four phases of the 45-minute plan, each with its minutes, its steps and the slides it uses. */
export function LessonPlan({ lesson }: { lesson: Lesson }) {
  const lessonCopy = useFurniture().lesson;
  const { beats, lang } = useEdition();
  const number = new Intl.NumberFormat(lang);
  const titleOf = (id: string) => findBeat(beats, id)?.title ?? id;
  return (
    <ol className="lesson-plan">
      {lesson.plan.map((phase) => (
        <li key={phase.id} className="lesson-phase">
          <h3>
            {phase.title} <span className="lesson-minutes">{fill(lessonCopy.minutesLabel, { n: number.format(phase.minutes) })}</span>
          </h3>
          <ul>
            {phase.steps.map((step, i) => (
              <li key={i}>
                <Inlines runs={step} />
              </li>
            ))}
          </ul>
          {phase.beats.length > 0 && (
            <p className="lesson-beats">
              {lessonCopy.beatsUsed}{' '}
              {phase.beats.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <a href={`?mode=present#${id}`} aria-label={fill(lessonCopy.presentBeat, { title: titleOf(id) })}>
                    {titleOf(id)}
                  </a>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
