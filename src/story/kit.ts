import { lesson } from './lesson.ts';
import { teacherNotes } from './teacherNotes.ts';
import type { StoryKit } from './types.ts';

/** The teacher kit: the lesson mode's content and the presenter's notes. */
export const kit: StoryKit = { lesson, teacherNotes };
