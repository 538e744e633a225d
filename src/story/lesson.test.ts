import { describe, expect, it } from 'vitest';
import { BEAT_IDS } from './beatIds.ts';
import { story } from './index.ts';
import { lesson } from './lesson.ts';
import { LESSON_MINUTES } from './lessonTypes.ts';
import type { Paragraph } from './types.ts';

const plain = (paragraph: Paragraph) =>
  paragraph.map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em)).join('');

const sourceIds = new Set<string>(story.sources.map((s) => s.id));
const beatIds = new Set<string>(BEAT_IDS);

describe('the teacher kit', () => {
  it('plans the four phases engage, explore, explain and extend, in that order', () => {
    expect(lesson.plan.map((phase) => phase.id)).toEqual(['engage', 'explore', 'explain', 'extend']);
  });

  it('fills the lesson’s 45 minutes exactly', () => {
    expect(LESSON_MINUTES).toBe(45);
    expect(lesson.plan.reduce((total, phase) => total + phase.minutes, 0)).toBe(LESSON_MINUTES);
  });

  it('cites only sources the story lists, in the vocabulary and the primary sources', () => {
    for (const term of lesson.vocabulary) {
      expect(term.sources.length, term.term).toBeGreaterThan(0);
      for (const id of term.sources) expect(sourceIds, `${term.term}: ${id}`).toContain(id);
    }
    for (const entry of lesson.primarySources) expect(sourceIds).toContain(entry.source);
  });

  it('points only to beats the story has', () => {
    for (const phase of lesson.plan) {
      expect(phase.beats.length, phase.id).toBeGreaterThan(0);
      for (const id of phase.beats) expect(beatIds, `${phase.id}: ${id}`).toContain(id);
    }
    for (const question of lesson.questions) {
      for (const id of question.beats) expect(beatIds, `${question.id}: ${id}`).toContain(id);
    }
  });

  it('works through corrections the story makes', () => {
    const corrections = new Set(story.corrections.map((c) => c.id));
    expect(lesson.mediaLiteracy.corrections.length).toBeGreaterThan(0);
    for (const id of lesson.mediaLiteracy.corrections) expect(corrections).toContain(id);
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
    for (const wrong of [/Military Garrison Court/i, /maximum[- ]security/i, /leading a terrorist/i, /oldest human rights/i, /shockwaves/i, /\bled\b/]) {
      expect(outside).not.toMatch(wrong);
    }
    expect(plain(lesson.mediaLiteracy.intro)).not.toMatch(/shockwaves/i);
  });
});
