import { describe, expect, it } from 'vitest';
import { sentenceDataFor } from '../scenes/sentenceData';
import { beats } from './beats.ts';
import { corrections } from './corrections.ts';
import { events } from './events.ts';
import { story } from './index.ts';
import { lesson } from './lesson.ts';
import { meta, method } from './meta.ts';
import { sentence } from './sentence.ts';
import { sources } from './sources.ts';
import { teacherNotes } from './teacherNotes.ts';
import type { Paragraph } from './types.ts';
import { uiCopy } from './uiCopy.ts';

/**
 * The standards editor's rules for the copy: framing that a fact-check of every mode's text found
 * misleading, kept from coming back. Each test names the rule; `facts.md` is the authority.
 */

const plain = (paragraph: Paragraph) => paragraph.map((run) => (typeof run === 'string' ? run : 'ru' in run ? run.ru : run.em)).join('');
const beatText = (id: string) =>
  beats
    .find((b) => b.id === id)!
    .body.map(plain)
    .join(' ');
const event = (id: string) => events.find((e) => e.id === id)!;
const vocabulary = (term: string) => plain(lesson.vocabulary.find((v) => v.term === term)!.definition);
/** Every string of copy any mode shows: the story, the kit, the notes, the chart and page furniture. */
const allCopy = JSON.stringify({ story, lesson, teacherNotes, uiCopy });

describe('editorial rules', () => {
  it('says, with Advokatskaya Ulitsa (S28), that the legal-aid episodes were dropped before the verdict', () => {
    const newCharge = beats.find((b) => b.id === 'new-charge')!;
    expect(beatText('new-charge')).toMatch(/European Court of Human Rights/);
    expect(beatText('new-charge')).toMatch(/Advokatskaya Ulitsa[^.]*legal-aid episodes were dropped from the charge before the verdict/);
    expect(newCharge.sources).toContain('S28');
    expect(teacherNotes['new-charge']).toMatch(/dropped before the verdict/);
  });

  it('describes the rewritten report only by what is known of it', () => {
    expect(allCopy).not.toMatch(/widely|viral/i);
    expect(beatText('corrections')).toMatch(/near word-for-word rewrite of The Moscow Times/);
    expect(beatText('corrections')).toMatch(/at least one site, The Republican Interest/);
  });

  it('gives the UK’s proscription and the bans in Türkiye, Egypt and Saudi Arabia wherever Hizb ut-Tahrir is introduced', () => {
    for (const [text, cited] of [
      [beatText('ban-2003'), beats.find((b) => b.id === 'ban-2003')!.sources],
      [vocabulary('Hizb ut-Tahrir'), lesson.vocabulary.find((v) => v.term === 'Hizb ut-Tahrir')!.sources],
    ] as const) {
      expect(text).toMatch(/United Kingdom proscribed it as a terrorist organisation on 19 January 2024/);
      expect(text).not.toMatch(/not alone/);
      expect(text).toMatch(/Türkiye, Egypt and Saudi Arabia/);
      expect(cited).toEqual(expect.arrayContaining(['S57', 'S58']));
    }
  });

  it('asks students only for omissions knowable when the verdict was news, and says why later events do not count', () => {
    const tasks = lesson.mediaLiteracy.tasks.join(' ');
    expect(tasks).not.toMatch(/appeal|Arctic|transfer/i);
    const debrief = lesson.mediaLiteracy.debrief.map(plain).join(' ');
    expect(debrief).toMatch(/Later events do not count/);
    expect(debrief).toMatch(/first 3 of the 14 years are to be served in a prison/);
  });

  it('writes the UN complaint’s ground as the complaint’s claim, reported by one source', () => {
    const complaint = event('un-complaint');
    expect(complaint.status).toBe('single-source');
    expect(complaint.sources).toEqual(['S13']);
    expect(complaint.description).toMatch(/The complaint says his defence was denied/);
    expect(beatText('arctic')).toMatch(/According to Memorial Deutschland, the only source we found that reports it/);
    expect(beatText('arctic')).toMatch(/The complaint says his defence was denied/);
  });

  it('draws the after-appeal term as a total only, and says so in the chart, the table and the description', () => {
    const afterAppeal = sentenceDataFor({ ...story, lang: 'en' })!.bars.find((b) => b.id === 'afterAppeal')!;
    expect(afterAppeal.prisonMonths).toBeUndefined();
    expect(afterAppeal.note).toMatch(/only the new total/);
    expect(sentence.afterAppeal.note).toMatch(/only the new total/);
    expect(beats.find((b) => b.id === 'appeal')!.graphicDescription).toMatch(/only the new total, so this bar shows no split/);
  });

  it('says what the sources really are: no court record was read', () => {
    expect(allCopy).not.toMatch(/court[- ]record/i);
    expect(meta.credit).toMatch(/The verdict’s own text was not available to us/);
  });

  it('cites the sources that report his denial wherever the kit states it', () => {
    const denialSources = ['S03', 'S11', 'S17', 'S22', 'S05', 'S19', 'S21', 'S14'];
    for (const term of lesson.vocabulary) {
      if (/denies being a member/.test(plain(term.definition))) {
        expect(term.sources.some((id) => denialSources.includes(id))).toBe(true);
      }
    }
    expect(vocabulary('Allegation')).toMatch(/denies being a member/);
  });

  it('keeps only the additions the fact sheet attributes to the report, not “shocking”', () => {
    for (const correction of corrections) expect(plain(correction.correction)).not.toMatch(/shocking/i);
  });

  it('links the Nobel Peace Prize to nothing the sources do not', () => {
    expect(beatText('new-charge')).not.toMatch(/days (earlier|before|after)[^.]*Nobel/i);
    expect(beatText('new-charge')).toMatch(/None of the sources we checked links the prize to the new charge/);
  });

  it('calls a term under the Criminal Code deprivation of liberty, not prison, where the kit defines it', () => {
    expect(vocabulary('Article 205.2 of the Criminal Code')).not.toMatch(/in prison/);
    expect(vocabulary('Article 205.2 of the Criminal Code')).toMatch(/deprivation of liberty/);
  });

  it('splits the kit’s primary sources (the law, official records) from secondary ones', () => {
    const primaryOutlets = lesson.keySources.primary.map(({ source }) => sources.find((s) => s.id === source)!);
    expect(primaryOutlets.map((s) => s.id)).toEqual(['S49', 'S50', 'S25']);
    expect(lesson.keySources.secondary.map((s) => s.source)).toContain('S01');
  });

  it('dates Article 205.5, not his first charge, to 2013, and names the critics’ source in the notes', () => {
    expect(teacherNotes['ban-2003']).toMatch(/Article 205\.5 came in 2013/);
    expect(teacherNotes['ban-2003']).not.toMatch(/both attributed/);
    expect(teacherNotes['ban-2003']).toMatch(/Forum 18/);
  });

  it('says in the notes that his age at detention is reported, not calculated', () => {
    expect(teacherNotes['what-it-means']).not.toMatch(/Everything on this slide is our calculation/);
    expect(teacherNotes['what-it-means']).toMatch(/58, is reported/);
  });

  it('asks about the appeal’s date openly', () => {
    expect(JSON.stringify(lesson.questions)).not.toMatch(/more honest/);
  });

  it('attributes the six posts to the FSB, and never as the whole case or the second charge', () => {
    expect(meta.dek).toMatch(/The FSB says his first charge rested on six Facebook posts/);
    expect(allCopy).not.toMatch(/(case|the charge) rested on six/);
    for (const sentenceWithPosts of allCopy.match(/[^.“”"]*six Facebook posts[^.]*/g) ?? []) {
      if (/rested on/.test(sentenceWithPosts)) expect(sentenceWithPosts).toMatch(/FSB/);
    }
  });

  it('describes how the facts were checked without overstating the report’s reach', () => {
    expect(method.map(plain).join(' ')).toMatch(/near word-for-word rewrite of The Moscow Times/);
  });
});
