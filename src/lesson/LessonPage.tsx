import type { ReactNode } from 'react';
import { useFurniture, useLoaded } from '../reader/EditionContext';
import { Prose } from '../reader/Prose';
import { ScrollStory } from '../reader/ScrollStory';
import type { Furniture, StoryKit } from '../story';
import type { Lesson } from '../story/lessonTypes';
import { DiscussionQuestions } from './DiscussionQuestions';
import { LessonActions } from './LessonActions';
import { LessonPlan } from './LessonPlan';
import { LessonSources } from './LessonSources';
import { MediaLiteracy } from './MediaLiteracy';
import { Vocabulary } from './Vocabulary';
import { WarmUp } from './WarmUp';
import './lesson.css';

type SectionId = keyof Furniture['lesson']['headings'];

/** The kit's sections in order: each has a heading from the copy and an anchor in the contents. */
const SECTIONS: readonly { id: SectionId; body: (lesson: Lesson) => ReactNode }[] = [
  { id: 'contentNote', body: (lesson) => <Prose paragraphs={lesson.contentNote} /> },
  {
    id: 'objectives',
    body: (lesson) => (
      <ul>
        {lesson.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    ),
  },
  { id: 'plan', body: (lesson) => <LessonPlan lesson={lesson} /> },
  { id: 'warmUp', body: (lesson) => <WarmUp lesson={lesson} /> },
  { id: 'vocabulary', body: (lesson) => <Vocabulary lesson={lesson} /> },
  { id: 'questions', body: (lesson) => <DiscussionQuestions lesson={lesson} /> },
  { id: 'mediaLiteracy', body: (lesson) => <MediaLiteracy lesson={lesson} /> },
  { id: 'keySources', body: (lesson) => <LessonSources lesson={lesson} /> },
];

const anchor = (id: SectionId) => `lesson-${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The teacher kit (`?mode=lesson`): a 45-minute plan around the story, a slow-reveal warm-up,
 * vocabulary, questions, a media-literacy exercise and the sources, then the story itself as the
 * printed handout. Everything on it is typed data from `story/`.
 */
export function LessonPage({ loadKit }: { loadKit: () => Promise<StoryKit> }) {
  const { lesson } = useLoaded(loadKit);
  const lessonCopy = useFurniture().lesson;
  return (
    <div className="lesson">
      <header className="lesson-header">
        <p className="kicker">{lessonCopy.kicker}</p>
        <h1>{lesson.title}</h1>
        <p className="dek">{lesson.summary}</p>
        <p className="lesson-meta">
          <span>
            {lessonCopy.audienceLabel}: {lesson.audience}
          </span>
          <span>
            {lessonCopy.lengthLabel}: {lessonCopy.length}
          </span>
          <a className="lesson-story-link" href="?mode=article">
            {lessonCopy.actions.story}
          </a>
        </p>
        <LessonActions />
      </header>
      <main className="lesson-main">
        <nav className="lesson-contents" aria-label={lessonCopy.contentsLabel}>
          <h2>{lessonCopy.contentsLabel}</h2>
          <ol>
            {[...SECTIONS.map((s) => s.id), 'handout' as const].map((id) => (
              <li key={id}>
                <a href={`#${anchor(id)}`}>{lessonCopy.headings[id]}</a>
              </li>
            ))}
          </ol>
        </nav>
        {SECTIONS.map(({ id, body }) => (
          <section key={id} className="lesson-section" id={anchor(id)} aria-labelledby={`${anchor(id)}-title`}>
            <h2 id={`${anchor(id)}-title`}>{lessonCopy.headings[id]}</h2>
            {body(lesson)}
          </section>
        ))}
        <section className="lesson-handout" id={anchor('handout')} aria-labelledby={`${anchor('handout')}-title`}>
          <h2 id={`${anchor('handout')}-title`}>{lessonCopy.headings.handout}</h2>
          <p>{lessonCopy.handoutIntro}</p>
          <ScrollStory layout="inline" landmark="none" />
        </section>
      </main>
    </div>
  );
}
