import { describe, expect, it } from 'vitest';
import { story } from './index.ts';
import { lesson } from './lesson.ts';
import { validateLesson } from './validateLesson.ts';
import type { Paragraph } from './types.ts';

const plain = (paragraph: Paragraph) => paragraph.map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em)).join('');

describe('the teacher kit', () => {
  it('passes the build’s check against the story: phases, minutes, sources, beats, corrections', () => {
    // validateLesson (its own tests break each rule) runs at build time; here it runs on the real kit.
    expect(() => validateLesson(lesson, story)).not.toThrow();
    expect(lesson.plan.map((phase) => phase.id)).toEqual(['engage', 'explore', 'explain', 'extend']);
  });

  it('walks through the verdict chart in the three presses of presenter mode’s slow reveal', () => {
    // Press 1 shows the bars without figures, press 2 the figures, press 3 the takeaway.
    expect(lesson.warmUp.steps).toHaveLength(3);
    for (const step of lesson.warmUp.steps) expect(step.ask.length).toBeGreaterThanOrEqual(2);
    expect(lesson.plan[0]!.beats).toContain('verdict');
  });

  it('labels the warm-up’s 7-year difference as our calculation', () => {
    for (const step of lesson.warmUp.steps) {
      const text = step.shows + step.ask.join(' ');
      if (/7 years/.test(text)) expect(text).toMatch(/our calculation/);
    }
  });

  it('defines at least eight terms and asks at least five discussion questions', () => {
    expect(lesson.vocabulary.length).toBeGreaterThanOrEqual(8);
    expect(lesson.questions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(lesson.questions.map((q) => q.id)).size).toBe(lesson.questions.length);
  });

  it('keeps the report’s wrong wording out of everything but the media-literacy exercise', () => {
    const { mediaLiteracy: _exercise, ...rest } = lesson;
    const outside = JSON.stringify(rest);
    for (const wrong of [
      /Military Garrison Court/i,
      /maximum[- ]security/i,
      /leading a terrorist/i,
      /oldest human rights/i,
      /shockwaves/i,
      /\bled\b/,
    ]) {
      expect(outside).not.toMatch(wrong);
    }
    expect(plain(lesson.mediaLiteracy.intro)).not.toMatch(/shockwaves/i);
  });
});
