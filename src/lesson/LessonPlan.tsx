import { Inlines } from '../scenes/Prose';
import { beatFor } from '../scenes/beatsById';
import { lesson } from '../story/lesson';
import { lessonCopy } from '../story/lessonCopy';

/** The four phases of the 45-minute plan, each with its minutes, its steps and the slides it uses. */
export function LessonPlan() {
  return (
    <ol className="lesson-plan">
      {lesson.plan.map((phase) => (
        <li key={phase.id} className="lesson-phase">
          <h3>
            {phase.title} <span className="lesson-minutes">{lessonCopy.minutes(phase.minutes)}</span>
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
                  <a href={`?mode=present#${id}`} aria-label={lessonCopy.presentBeat(beatFor(id).title)}>
                    {beatFor(id).title}
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
