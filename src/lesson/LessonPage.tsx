import type { ReactNode } from 'react';
import { Prose } from '../scenes/Prose';
import { ScrollStory } from '../scenes/ScrollStory';
import { lesson } from '../story/lesson';
import { lessonCopy } from '../story/lessonCopy';
import { DiscussionQuestions } from './DiscussionQuestions';
import { LessonActions } from './LessonActions';
import { LessonPlan } from './LessonPlan';
import { LessonSources } from './LessonSources';
import { MediaLiteracy } from './MediaLiteracy';
import { Vocabulary } from './Vocabulary';
import { WarmUp } from './WarmUp';
import './lesson.css';

type SectionId = keyof typeof lessonCopy.headings;

/** The kit's sections in order: each has a heading from the copy and an anchor in the contents. */
const SECTIONS: readonly { id: SectionId; body: () => ReactNode }[] = [
  { id: 'contentNote', body: () => <Prose paragraphs={lesson.contentNote} /> },
  {
    id: 'objectives',
    body: () => (
      <ul>
        {lesson.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    ),
  },
  { id: 'plan', body: () => <LessonPlan /> },
  { id: 'warmUp', body: () => <WarmUp /> },
  { id: 'vocabulary', body: () => <Vocabulary /> },
  { id: 'questions', body: () => <DiscussionQuestions /> },
  { id: 'mediaLiteracy', body: () => <MediaLiteracy /> },
  { id: 'sources', body: () => <LessonSources /> },
];

const anchor = (id: SectionId) => `lesson-${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The teacher kit (`?mode=lesson`): a 45-minute plan around the story, a slow-reveal warm-up,
 * vocabulary, questions, a media-literacy exercise and the sources, then the story itself as the
 * printed handout. Everything on it is typed data from `story/`.
 */
export function LessonPage() {
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
            {body()}
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
