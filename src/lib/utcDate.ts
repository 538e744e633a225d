import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';

/** How precisely a date is known (mirrors the story's precision without importing it). */
export type Precision = 'day' | 'month' | 'year';

const parsers = {
  day: utcParse('%Y-%m-%d'),
  month: utcParse('%Y-%m'),
  year: utcParse('%Y'),
} as const;

const longFormats = {
  day: utcFormat('%-d %B %Y'),
  month: utcFormat('%B %Y'),
  year: utcFormat('%Y'),
} as const;

const shortFormats = {
  day: utcFormat('%-d %b %Y'),
  month: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
} as const;

const isoDayFormat = utcFormat('%Y-%m-%d');

/** The precision an ISO string is written at: `2003`, `2023-05` or `2022-02-24`. */
export function precisionOf(iso: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'day';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  if (/^\d{4}$/.test(iso)) return 'year';
  throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
}

/** The first instant (UTC) of the day, month or year an ISO string names. */
export function parseIsoDate(iso: string): Date {
  const date = parsers[precisionOf(iso)](iso);
  if (!date) throw new Error(`Not an ISO date: ${JSON.stringify(iso)}`);
  return date;
}

/** The first instant after the period an ISO string names (the next day, month or year). */
export function periodEnd(iso: string): Date {
  const precision = precisionOf(iso);
  const start = parseIsoDate(iso);
  const interval = precision === 'day' ? utcDay : precision === 'month' ? utcMonth : utcYear;
  return interval.offset(start, 1);
}

/** A date in words at its real precision: "14 February 2003", "May 2023", "1992". */
export function formatLongDate(iso: string): string {
  return longFormats[precisionOf(iso)](parseIsoDate(iso));
}

/** A compact date for chart labels: "14 Feb 2003", "May 2023", "1992". */
export function formatShortDate(iso: string): string {
  return shortFormats[precisionOf(iso)](parseIsoDate(iso));
}

/** The ISO day a whole number of months after an ISO day, by the calendar (24 Feb + 1 month = 24 Mar). */
export function addMonths(isoDay: string, months: number): string {
  return isoDayFormat(utcMonth.offset(parseIsoDate(isoDay), months));
}

/** Completed years between a birth date and a later date, both ISO days. */
export function ageOn(bornIso: string, onIso: string): number {
  const born = parseIsoDate(bornIso);
  const on = parseIsoDate(onIso);
  let age = on.getUTCFullYear() - born.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < born.getUTCMonth() ||
    (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() < born.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Age in fractional years (by days of 365.25), for placing dates on an age axis. */
export function fractionalAge(bornIso: string, onIso: string): number {
  const days = utcDay.count(parseIsoDate(bornIso), parseIsoDate(onIso));
  return days / 365.25;
}
