import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, formatLongDate } from '../lib/utcDate';
import { beats } from './beats.ts';
import { events } from './events.ts';
import { story } from './index.ts';

const text = (id: string) =>
  beats
    .find((b) => b.id === id)!
    .body.flat()
    .map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em))
    .join(' ');

describe('the story’s facts', () => {
  const term = story.term!;
  const sentence = story.sentence!;

  it('states the calculated end of the term and his age as the calculation gives them', () => {
    const end = addMonths(term.termStart, term.termMonths);
    const originalEnd = addMonths(term.termStart, term.originalTermMonths);
    expect(end).toBe('2035-11-24');
    expect(text('what-it-means')).toContain(formatLongDate(end));
    expect(text('what-it-means')).toContain(formatLongDate(originalEnd));
    expect(text('what-it-means')).toContain(`he would be ${ageOn(term.born, end)}`);
    expect(text('what-it-means')).toContain(`detained at ${ageOn(term.born, term.termStart)}`);
  });

  it('labels every calculated figure as our calculation', () => {
    expect(text('what-it-means')).toMatch(/our calculation/);
    expect(text('verdict')).toMatch(/By our calculation/);
    for (const event of events.filter((e) => e.status === 'calculated')) {
      expect(event.label + event.description).toMatch(/our calculation/i);
    }
  });

  it('keeps the sentence figures those of the fact sheet', () => {
    expect(sentence.requested.months).toBe(252);
    expect(sentence.imposed.months).toBe(168);
    expect(sentence.prisonPart.months).toBe(36);
    expect(sentence.afterAppeal.months).toBe(165);
    expect(sentence.websiteBan.months).toBe(48);
  });

  it('attributes the posts to the FSB and keeps his denial', () => {
    expect(text('posts')).toMatch(/The FSB.*says the first charge rested on six Facebook posts/);
    expect(text('posts')).toMatch(/denies being a member of Hizb ut-Tahrir/);
  });

  it('never uses the wording the fact sheet marks as wrong outside the corrections', () => {
    // Source titles and addresses are quoted as published, so only our own copy is checked.
    // The kit's vocabulary explains garrison courts on purpose: it is checked for the rest.
    const outside = JSON.stringify({ ...story, corrections: [], sources: [], kit: undefined });
    for (const wrong of [/Garrison Court/i, /maximum[- ]security/i, /leading a terrorist/i, /oldest human rights/i, /shockwaves/i]) {
      expect(outside).not.toMatch(wrong);
    }
  });

  it('shows month-precision events without a day', () => {
    const appeal = events.find((e) => e.id === 'appeal')!;
    expect(appeal.precision).toBe('month');
    expect(formatLongDate(appeal.date)).toBe('October 2023');
  });
});
