import { LESSON_MINUTES } from './lessonTypes.ts';
import { StoryValidationError } from './validateStory.ts';
import { checkParagraphs, eachRecord, isRecord, sourceList, text, type Rec, type Report } from './validation.ts';

const PHASES = ['engage', 'explore', 'explain', 'extend'];
/** Presenter mode reveals the verdict in three presses; the warm-up has one step for each. */
const WARM_UP_STEPS = 3;

/** What the kit may refer to: the story's source, beat and correction ids. */
export interface LessonReferences {
  beats: readonly { id: string }[];
  sources: readonly { id: string }[];
  corrections: readonly { id: string }[];
}

function beatList(rec: Rec, beats: ReadonlySet<string>, report: Report): void {
  if (!Array.isArray(rec.beats)) return report('beats', 'must be a list of beat ids');
  for (const id of rec.beats) if (!beats.has(id)) report('beats', `names unknown beat ${JSON.stringify(id)}`);
}

function textList(rec: Rec, field: string, report: Report): void {
  const value = rec[field];
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    report(field, 'must be a non-empty list of text');
  }
}

function checkPlan(plan: unknown, beats: ReadonlySet<string>, problems: string[]): void {
  let minutes = 0;
  eachRecord(plan, 'lesson phase', problems, (phase, report, index) => {
    if (phase.id !== PHASES[index]) report('id', `must be "${PHASES[index] ?? 'nothing'}" at position ${index + 1}`);
    text(phase, 'title', report);
    if (!Number.isInteger(phase.minutes) || (phase.minutes as number) <= 0) report('minutes', 'must be a positive whole number');
    else minutes += phase.minutes as number;
    checkParagraphs(phase.steps, report, 'steps');
    beatList(phase, beats, report);
  });
  if (Array.isArray(plan) && minutes !== LESSON_MINUTES) {
    problems.push(`lesson: field "plan" adds up to ${minutes} minutes, not ${LESSON_MINUTES}`);
  }
}

/**
 * Checks the teacher kit against the story it teaches, at build time and in the tests: every source,
 * beat and correction it names must exist, and the plan must fill the lesson. Throws a
 * {@link StoryValidationError} naming each record and field; returns the kit unchanged when valid.
 */
export function validateLesson<T>(lesson: T, story: LessonReferences): T {
  const problems: string[] = [];
  if (!isRecord(lesson)) throw new StoryValidationError(['lesson: is not a record']);
  const known = new Set(story.sources.map((s) => s.id));
  const beats = new Set(story.beats.map((b) => b.id));
  const corrections = new Set(story.corrections.map((c) => c.id));
  const report: Report = (field, problem) => problems.push(`lesson: field "${field}" ${problem}`);
  for (const field of ['title', 'summary', 'audience']) text(lesson, field, report);
  textList(lesson, 'objectives', report);
  checkParagraphs(lesson.contentNote, report, 'contentNote');
  checkPlan(lesson.plan, beats, problems);
  const warmUp = lesson.warmUp;
  if (!isRecord(warmUp)) report('warmUp', 'is missing');
  else {
    eachRecord(warmUp.steps, 'warm-up step', problems, (step, stepReport) => {
      text(step, 'shows', stepReport);
      textList(step, 'ask', stepReport);
    });
    if (!Array.isArray(warmUp.steps) || warmUp.steps.length !== WARM_UP_STEPS)
      report('warmUp.steps', `must have ${WARM_UP_STEPS} steps, one per press of the reveal`);
  }
  eachRecord(lesson.vocabulary, 'vocabulary term', problems, (term, termReport) => {
    text(term, 'term', termReport);
    checkParagraphs([term.definition], termReport, 'definition');
    sourceList(term, known, termReport);
  });
  eachRecord(lesson.questions, 'question', problems, (question, questionReport) => {
    text(question, 'question', questionReport);
    textList(question, 'followUps', questionReport);
    beatList(question, beats, questionReport);
  });
  const exercise = lesson.mediaLiteracy;
  if (!isRecord(exercise)) report('mediaLiteracy', 'is missing');
  else {
    textList(exercise, 'tasks', report);
    const ids = Array.isArray(exercise.corrections) ? exercise.corrections : [];
    if (ids.length === 0) report('mediaLiteracy.corrections', 'names no correction');
    for (const id of ids) if (!corrections.has(id)) report('mediaLiteracy.corrections', `names unknown correction ${JSON.stringify(id)}`);
    checkParagraphs(exercise.debrief, report, 'mediaLiteracy.debrief');
  }
  const kitSources = isRecord(lesson.keySources) ? lesson.keySources : {};
  for (const kind of ['primary', 'secondary']) {
    eachRecord(kitSources[kind], `${kind} source`, problems, (entry, entryReport) => {
      if (!known.has(entry.source as string)) entryReport('source', `cites unknown source ${JSON.stringify(entry.source)}`);
      text(entry, 'why', entryReport);
    });
  }
  if (problems.length > 0) throw new StoryValidationError(problems);
  return lesson;
}
