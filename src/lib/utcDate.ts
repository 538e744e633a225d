import { utcDay, utcMonth, utcYear } from 'd3-time';
import { capturedDate, DATE_FORMATS, intlLocale } from './capturedFormats';

/** How precisely a date is known (mirrors the story's precision without importing it). */
export type Precision = 'day' | 'month' | 'year';

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** One day in milliseconds: every date here is UTC, so every day is this long. */
export const DAY_MS = 864e5;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "14 February 2003", "May 2023", "1992" in English (the British order, day before month); the same
 * in each edition's language and conventions through Intl, always in UTC, a date never shown more
 * precisely than it is known. `short` abbreviates the month. Where the build captured the language's
 * formats (capturedFormats.ts), they are used, so every browser writes what the prerender wrote.
 */
function formatDate(date: Date, precision: Precision, length: 'long' | 'short', lang: string): string {
  const captured = capturedDate(lang, date, precision, length);
  if (captured !== null) return captured;
  const locale = intlLocale(lang);
  const key = `${locale} ${precision} ${length}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[precision][length], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(date);
}

/** The precision an ISO string is written at: `2003`, `2023-05` or `2022-02-24`. */
export function precisionOf(iso: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
}

/** The first instant (UTC) of the day, month or year an ISO string names. */
export function parseIsoDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // 31 February and the like roll over into the next month: not a date.
  if (date.getUTCDate() !== Number(day)) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  // Date.UTC reads years 0–99 as 1900–1999; set the year as written.
  date.setUTCFullYear(Number(year));
  return date;
}

/** The first instant after the period an ISO string names (the next day, month or year). */
export function periodEnd(iso: string): Date {
  const precision = precisionOf(iso);
  const start = parseIsoDate(iso);
  const interval = precision === 'day' ? utcDay : precision === 'month' ? utcMonth : utcYear;
  return interval.offset(start, 1);
}

/** A date in words at its real precision: "14 February 2003", "May 2023", "1992" (in English). */
export function formatLongDate(iso: string, lang = 'en'): string {
  return formatDate(parseIsoDate(iso), precisionOf(iso), 'long', lang);
}

/** A compact date for chart labels: "14 Feb 2003", "May 2023", "1992" (in English). */
export function formatShortDate(iso: string, lang = 'en'): string {
  return formatDate(parseIsoDate(iso), precisionOf(iso), 'short', lang);
}

/** The ISO day a whole number of months after an ISO day, by the calendar (24 Feb + 1 month = 24 Mar). */
export function addMonths(isoDay: string, months: number): string {
  const date = utcMonth.offset(parseIsoDate(isoDay), months);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Completed years between a birth date and a later date, both ISO days. */
export function ageOn(bornIso: string, onIso: string): number {
  const born = parseIsoDate(bornIso);
  const on = parseIsoDate(onIso);
  let age = on.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < born.getUTCMonth() || (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Age in fractional years (by days of 365.25) on an ISO day or at an instant, for placing dates on an age axis. */
export function fractionalAge(bornIso: string, on: string | Date): number {
  const days = utcDay.count(parseIsoDate(bornIso), typeof on === 'string' ? parseIsoDate(on) : on);
  return days / 365.25;
}

/** A date as ISO at a precision: `2022`, `2022-02` or `2022-02-24`. */
export function isoAt(date: Date, precision: Precision): string {
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  return precision === 'month' ? month : `${month}-${pad(date.getUTCDate())}`;
}
