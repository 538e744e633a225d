/**
 * The teacher kit's vocabulary: a 45-minute lesson built on the story. Plain TypeScript, like the
 * rest of `story/`. The kit adds no facts of its own: every term cites the fact sheet's sources, and
 * the plan points at beats, which carry theirs.
 */
import type { Paragraph, SourceId } from './types.ts';

/** The four phases of the plan, in order. */
export type LessonPhaseId = 'engage' | 'explore' | 'explain' | 'extend';

/** One phase of the 45-minute plan. */
export interface LessonPhase {
  id: LessonPhaseId;
  /** "Engage", "Explore"… */
  title: string;
  minutes: number;
  /** What the teacher does and what students do, one instruction per paragraph. */
  steps: readonly Paragraph[];
  /** The beats this phase uses, in the order it uses them. */
  beats: readonly string[];
}

/** One press of the slow reveal of the sentence chart, with what to ask while it is on screen. */
export interface WarmUpStep {
  /** What the screen shows at this press. */
  shows: string;
  /** Questions to ask the class before the next press. */
  ask: readonly string[];
}

/** A term from the fact sheet's glossary, in plain language for students. */
export interface VocabularyTerm {
  term: string;
  /** The Russian term, where the story uses one. */
  ru?: string;
  definition: Paragraph;
  sources: readonly SourceId[];
}

/** A discussion question, with follow-ups for the teacher. */
export interface DiscussionQuestion {
  id: string;
  question: string;
  followUps: readonly string[];
  beats: readonly string[];
}

/** The media-literacy exercise: students compare the rewritten report with the sources. */
export interface MediaLiteracyExercise {
  title: string;
  intro: Paragraph;
  tasks: readonly string[];
  /** Ids of the corrections (see `corrections.ts`) the exercise works through. */
  corrections: readonly string[];
  /** What students should take away, for the teacher. */
  debrief: readonly Paragraph[];
}

/** A source the kit points students to, and why. */
export interface LessonSource {
  source: SourceId;
  why: string;
}

/**
 * The sources the kit points students to, split as historians split them: primary sources are the
 * law and official records themselves; secondary sources are reports and case records about them.
 */
export interface LessonSources {
  primary: readonly LessonSource[];
  secondary: readonly LessonSource[];
}

/** The whole kit. */
export interface Lesson {
  title: string;
  summary: string;
  /** Who it is for, e.g. "Students aged 15–18: citizenship, history, media studies". */
  audience: string;
  objectives: readonly string[];
  /** A short note on teaching a human rights case: care, balance, a real person. */
  contentNote: readonly Paragraph[];
  plan: readonly LessonPhase[];
  warmUp: { title: string; intro: Paragraph; steps: readonly WarmUpStep[] };
  vocabulary: readonly VocabularyTerm[];
  questions: readonly DiscussionQuestion[];
  mediaLiteracy: MediaLiteracyExercise;
  keySources: LessonSources;
}

/** The plan's length, which the four phases must add up to. */
export const LESSON_MINUTES = 45;
