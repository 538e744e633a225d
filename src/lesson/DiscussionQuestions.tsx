import type { Lesson } from '../story/lessonTypes';
import { useFurniture } from '../reader/EditionContext';

/** Questions for the class, each with the teacher's follow-ups. */
export function DiscussionQuestions({ lesson }: { lesson: Lesson }) {
  const lessonCopy = useFurniture().lesson;
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
