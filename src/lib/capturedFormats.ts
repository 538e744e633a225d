/**
 * What Intl writes for an edition's language, captured when the site is built, for the browsers
 * whose Intl lacks that language's data. Chromium, for one, ships no Uzbek formats: asked for an
 * Uzbek date it writes the root locale's "2023 M05 23", where Node's full ICU writes "23-may, 2023".
 * The build captures each date format as one pattern per month, and each count of years, from
 * Intl itself; the page then writes what the prerendered HTML says, in any browser. No month name
 * or plural form is written by hand.
 */
import type { Precision } from './utcDate';

/** One format of one precision and length: per month (0–11), Intl's output with `{day}` and `{year}` in place of the figures. */
type MonthPatterns = readonly string[];

export interface CapturedFormats {
  /** By `${precision} ${length}`: "day long", "month short"… */
  dates: Readonly<Record<string, MonthPatterns>>;
  /** "14 years" in the edition's language, by the count (0 to {@link MAX_YEARS}). */
  years: readonly string[];
}

/** The counts of years captured: every term and age the story can show. */
export const MAX_YEARS = 120;

/** Intl's options for each date format, shared with utcDate.ts. */
export const DATE_FORMATS: Record<Precision, Record<'long' | 'short', Intl.DateTimeFormatOptions>> = {
  day: { long: { day: 'numeric', month: 'long', year: 'numeric' }, short: { day: 'numeric', month: 'short', year: 'numeric' } },
  month: { long: { month: 'long', year: 'numeric' }, short: { month: 'short', year: 'numeric' } },
  year: { long: { year: 'numeric' }, short: { year: 'numeric' } },
};

/** The locale Intl is asked for: British English for the English edition (day before month). */
export const intlLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

/** Intl's "n years", long form. */
export const yearsFormat = (lang: string) => new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'year', unitDisplay: 'long' });

/** Captures the formats of `lang` from this runtime's Intl: run where it is complete (the build's Node). */
export function captureFormats(lang: string): CapturedFormats {
  const dates: Record<string, MonthPatterns> = {};
  for (const [precision, lengths] of Object.entries(DATE_FORMATS)) {
    for (const [length, options] of Object.entries(lengths)) {
      const format = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' });
      // From format() itself (its formatToParts can space differently): the 23rd of each month of
      // 2001, two figures that cannot be mistaken for each other.
      dates[`${precision} ${length}`] = Array.from({ length: 12 }, (_, month) => {
        const pattern = format
          .format(new Date(Date.UTC(2001, month, 23)))
          .replace('2001', '{year}')
          .replace('23', '{day}');
        // A language that writes its figures otherwise (other digits, a two-digit year) cannot be captured so.
        if (!pattern.includes('{year}') || (precision === 'day' && !pattern.includes('{day}')))
          throw new Error(`Cannot capture the ${precision} ${length} date format of ${lang}: Intl wrote "${pattern}"`);
        return pattern;
      });
    }
  }
  const years = yearsFormat(lang);
  return { dates, years: Array.from({ length: MAX_YEARS + 1 }, (_, n) => years.format(n)) };
}

const installed = new Map<string, CapturedFormats>();

/** Makes the page write `lang`'s dates and years from the captured formats, whatever the browser's Intl knows. */
export function installFormats(lang: string, formats: CapturedFormats): void {
  installed.set(lang, formats);
}

/** A date in a captured format, or null when none is installed for the language. */
export function capturedDate(lang: string, date: Date, precision: Precision, length: 'long' | 'short'): string | null {
  const pattern = installed.get(lang)?.dates[`${precision} ${length}`]?.[date.getUTCMonth()];
  return pattern === undefined
    ? null
    : pattern.replace('{day}', String(date.getUTCDate())).replace('{year}', String(date.getUTCFullYear()));
}

/** "n years" in a captured format, or null when none is installed or n is not a captured count. */
export function capturedYears(lang: string, n: number): string | null {
  return installed.get(lang)?.years[n] ?? null;
}
