import { describe, expect, it } from 'vitest';
import { fingerprint } from './copyTree';
import type { GlossaryTerm } from './glossary';
import { localize, translationProblems, type Translation } from './translation';

/** A small English source with copy, a quoted report wording and a fact. */
const english = {
  beats: [{ id: 'verdict', heading: 'The verdict', body: [['A strict-regime colony.']], sources: ['S03'] }],
  corrections: [{ id: 'regime', reportWording: 'a maximum-security penal colony', correction: ['A strict-regime colony.'] }],
  ui: { next: 'Next', brand: 'FSB' },
};
const from = (text: string | readonly unknown[]) => fingerprint(text as string);

/** A complete, current Russian translation of it. */
const good: Translation = {
  lang: 'ru',
  checked: '2026-12-01',
  entries: {
    'beats.verdict.heading': { text: 'Приговор', from: from('The verdict') },
    'beats.verdict.body.0': { text: ['Колония строгого режима.'], from: from(['A strict-regime colony.']) },
    'corrections.regime.correction': { text: ['Колония строгого режима.'], from: from(['A strict-regime colony.']) },
    'ui.next': { text: 'Далее', from: from('Next') },
    'ui.brand': { text: 'ФСБ', from: from('FSB') },
  },
};
const glossary: GlossaryTerm[] = [
  { name: 'strict-regime colony', en: /strict-regime colony/, renderings: { ru: /колони\S* строгого режима/i }, sources: ['S03'] },
];
const broken = (change: (entries: Record<string, Translation['entries'][string]>) => void, lang = 'ru'): Translation => {
  const entries = structuredClone({ ...good.entries }) as Record<string, Translation['entries'][string]>;
  change(entries);
  return { lang, checked: '2026-12-01', entries };
};

describe('translationProblems', () => {
  it('passes a complete and current translation, the quoted English left as it is', () => {
    expect(translationProblems(english, good, glossary)).toEqual([]);
  });

  it('names the locale, record and field of a missing key', () => {
    expect(
      translationProblems(
        english,
        broken((e) => delete e['ui.next']),
      ),
    ).toEqual(['ru: ui.next is missing']);
  });

  it('names an extra key', () => {
    expect(
      translationProblems(
        english,
        broken((e) => (e['ui.previous'] = { text: 'Назад', from: '00000000' })),
      ),
    ).toEqual(['ru: ui.previous is extra: the English has no such copy']);
  });

  it('catches a string left identical to English where that is not allowed', () => {
    expect(
      translationProblems(
        english,
        broken((e) => (e['ui.next'] = { text: 'Next', from: from('Next') })),
      ),
    ).toEqual(['ru: ui.next is left identical to the English']);
    expect(
      translationProblems(english, { ...broken((e) => (e['ui.brand'] = { text: 'FSB', from: from('FSB') })), sameAsEnglish: ['ui.brand'] }),
    ).toEqual([]);
  });

  it('shows a translation stale when the English changed after it was made', () => {
    const stale = broken((e) => (e['beats.verdict.heading'] = { text: 'Приговор', from: from('The old heading') }));
    expect(translationProblems(english, stale)[0]).toMatch(
      /^ru: beats\.verdict\.heading is stale: the English changed since it was translated/,
    );
  });

  it('holds a translation to the glossary', () => {
    const loose = broken(
      (e) => (e['beats.verdict.body.0'] = { text: ['Колония строгих правил.'], from: from(['A strict-regime colony.']) }),
    );
    expect(translationProblems(english, loose, glossary)).toEqual([
      'ru: beats.verdict.body.0 does not render “strict-regime colony” as the glossary does (колони\\S* строгого режима)',
    ]);
  });

  it.each([
    ['an ASCII apostrophe', "O'zbekiston"],
    ['a left single quote', 'O‘zbekiston'],
    ['a right single quote', 'O’zbekiston'],
  ])('rejects %s in Uzbek where U+02BB belongs', (_, word) => {
    const uz = broken((e) => (e['ui.next'] = { text: word, from: from('Next') }), 'uz-Latn');
    expect(translationProblems(english, uz).filter((p) => p.includes('ui.next'))).toEqual([
      'uz-Latn: ui.next uses U+0027, U+2018 or U+2019 where Uzbek Latin writes U+02BB (oʻ, gʻ) or U+02BC (tutuq belgisi)',
    ]);
    const right = broken((e) => (e['ui.next'] = { text: 'Oʻzbekiston, maʼlumot', from: from('Next') }), 'uz-Latn');
    expect(translationProblems(english, right).filter((p) => p.includes('ui.next'))).toEqual([]);
  });
});

describe('localize', () => {
  it('lays the words over the facts, keeping every fact', () => {
    const ru = localize(english, good);
    expect(ru.beats[0]).toEqual({ id: 'verdict', heading: 'Приговор', body: [['Колония строгого режима.']], sources: ['S03'] });
    expect(ru.corrections[0]!.reportWording).toBe('a maximum-security penal colony');
  });

  it('treats the report’s quoted words as a fact: a translation of them is extra', () => {
    const quoted = broken((e) => (e['corrections.regime.reportWording'] = { text: 'колония максимальной безопасности', from: from('x') }));
    expect(translationProblems(english, quoted)).toEqual(['ru: corrections.regime.reportWording is extra: the English has no such copy']);
  });
});
