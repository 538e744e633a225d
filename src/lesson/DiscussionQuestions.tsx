import { lessonCopy } from '../story/lessonCopy';
import type { Lesson } from '../story/lessonTypes';

/** Questions for the class, each with the teacher's follow-ups. */
export function DiscussionQuestions({ lesson }: { lesson: Lesson }) {
  return (
    <ol className="lesson-questions">
      {lesson.questions.map((q) => (
        <li key={q.id}>
          <p className="lesson-question">{q.question}</p>
          <p className="visually-hidden">{lessonCopy.followUps}</p>
          <ul>
            {q.followUps.map((followUp) => (
              <li key={followUp}>{followUp}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
