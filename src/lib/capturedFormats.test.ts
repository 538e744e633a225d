import { utcDay } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { captureFormats, capturedDate, capturedYears, DATE_FORMATS, installFormats, intlLocale, yearsFormat } from './capturedFormats';
import type { Precision } from './utcDate';

describe('formats captured from Intl at build time', () => {
  for (const lang of ['ru', 'uz-Latn']) {
    it(`write every day of 2020–2024 and every count of years as Intl does in ${lang}`, () => {
      installFormats(lang, captureFormats(lang));
      // One Intl formatter per format, not one per day: 1,827 days in six formats.
      const formats = Object.entries(DATE_FORMATS).flatMap(([precision, lengths]) =>
        Object.entries(lengths).map(([length, options]) => ({
          precision: precision as Precision,
          length: length as 'long' | 'short',
          intl: new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' }),
        })),
      );
      for (const day of utcDay.range(new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2025, 0, 1)))) {
        for (const { precision, length, intl } of formats) expect(capturedDate(lang, day, precision, length)).toBe(intl.format(day));
      }
      for (let n = 0; n <= 120; n += 1) expect(capturedYears(lang, n)).toBe(yearsFormat(lang).format(n));
    });
  }

  it('keep the plural forms the language needs', () => {
    installFormats('ru', captureFormats('ru'));
    expect([1, 2, 5, 14, 21].map((n) => capturedYears('ru', n))).toEqual(['1 год', '2 года', '5 лет', '14 лет', '21 год']);
    installFormats('uz-Latn', captureFormats('uz-Latn'));
    expect(capturedYears('uz-Latn', 14)).toBe('14 yil');
    expect(capturedDate('uz-Latn', new Date(Date.UTC(2023, 4, 23)), 'day', 'long')).toBe('23-may, 2023');
  });

  it('leave a language with nothing captured to the browser’s Intl', () => {
    expect(capturedDate('fr', new Date(Date.UTC(2023, 4, 23)), 'day', 'long')).toBeNull();
    expect(capturedYears('fr', 3)).toBeNull();
  });
});
