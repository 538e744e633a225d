import { describe, expect, it } from 'vitest';
import { story } from './index.ts';
import { lesson } from './lesson.ts';
import { validateLesson } from './validateLesson.ts';
import { StoryValidationError } from './validateStory.ts';

/** A deep copy of the kit with one thing broken, as untyped data arriving at the build would be. */
const broken = (edit: (copy: any) => void) => {
  const copy = structuredClone(lesson) as any;
  edit(copy);
  return copy;
};

const problemsOf = (data: unknown): readonly string[] => {
  try {
    validateLesson(data, story);
  } catch (error) {
    if (error instanceof StoryValidationError) return error.problems;
    throw error;
  }
  return [];
};

describe('validateLesson', () => {
  it('accepts the teacher kit as shipped', () => {
    expect(problemsOf(lesson)).toEqual([]);
  });

  it('names an unknown source in a vocabulary term by the term and the field', () => {
    const problems = problemsOf(broken((l) => (l.vocabulary[0].sources = ['S99'])));
    expect(problems).toContain(`vocabulary term #1: field "sources" cites unknown source "S99"`);
  });

  it('names an unknown beat, an unknown correction and an unknown primary source', () => {
    const problems = problemsOf(
      broken((l) => {
        l.questions[0].beats = ['trial'];
        l.mediaLiteracy.corrections = ['typo'];
        l.keySources.primary[0].source = 'S00';
      }),
    );
    expect(problems).toContain(`question "${lesson.questions[0]!.id}": field "beats" names unknown beat "trial"`);
    expect(problems).toContain('lesson: field "mediaLiteracy.corrections" names unknown correction "typo"');
    expect(problems).toContain('primary source #1: field "source" cites unknown source "S00"');
  });

  it('fails a plan that does not fill 45 minutes or runs its phases out of order', () => {
    const problems = problemsOf(
      broken((l) => {
        l.plan[0].minutes = 20;
        [l.plan[1], l.plan[2]] = [l.plan[2], l.plan[1]];
      }),
    );
    expect(problems).toContain('lesson: field "plan" adds up to 57 minutes, not 45');
    expect(problems).toContain('lesson phase "explain": field "id" must be "explore" at position 2');
  });

  it('fails a warm-up that does not match the three presses of the reveal', () => {
    expect(problemsOf(broken((l) => l.warmUp.steps.pop()))).toContain(
      'lesson: field "warmUp.steps" must have 3 steps, one per press of the reveal',
    );
  });
});
