import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, formatLongDate, formatShortDate, fractionalAge, isoAt, parseIsoDate, periodEnd, precisionOf } from './utcDate';

describe('utcDate', () => {
  it('reads the precision from the ISO string', () => {
    expect(precisionOf('2022-02-24')).toBe('day');
    expect(precisionOf('2023-05')).toBe('month');
    expect(precisionOf('1992')).toBe('year');
    expect(() => precisionOf('24/02/2022')).toThrow(/Not an ISO date/);
  });

  it('parses in UTC whatever the local time zone', () => {
    expect(parseIsoDate('2022-02-24').toISOString()).toBe('2022-02-24T00:00:00.000Z');
    expect(parseIsoDate('2023-05').toISOString()).toBe('2023-05-01T00:00:00.000Z');
  });

  it('writes a date back as ISO at a precision', () => {
    const date = parseIsoDate('2022-02-04');
    expect([isoAt(date, 'year'), isoAt(date, 'month'), isoAt(date, 'day')]).toEqual(['2022', '2022-02', '2022-02-04']);
    expect(fractionalAge('1963-10-12', periodEnd('2025-09'))).toBeCloseTo(fractionalAge('1963-10-12', '2025-10-01'), 10);
  });

  it('ends a period at the start of the next one', () => {
    expect(periodEnd('2023-05').toISOString()).toBe('2023-06-01T00:00:00.000Z');
    expect(periodEnd('1992').toISOString()).toBe('1993-01-01T00:00:00.000Z');
    expect(periodEnd('2022-02-24').toISOString()).toBe('2022-02-25T00:00:00.000Z');
  });

  it('never gives a month-precision date a day', () => {
    expect(formatLongDate('2023-10')).toBe('October 2023');
    expect(formatLongDate('2022-02-24')).toBe('24 February 2022');
    expect(formatShortDate('2003-02-14')).toBe('14 Feb 2003');
    expect(formatShortDate('1992')).toBe('1992');
  });

  it('adds calendar months', () => {
    expect(addMonths('2022-02-24', 13 * 12 + 9)).toBe('2035-11-24');
    expect(addMonths('2022-02-24', 14 * 12)).toBe('2036-02-24');
  });

  it('counts completed years of age', () => {
    expect(ageOn('1963-10-12', '2022-02-24')).toBe(58);
    expect(ageOn('1963-10-12', '2023-05-23')).toBe(59);
    expect(ageOn('1963-10-12', '2023-10-12')).toBe(60);
    expect(ageOn('1963-10-12', '2035-11-24')).toBe(72);
    expect(fractionalAge('1963-10-12', '2022-02-24')).toBeCloseTo(58.37, 2);
  });
});
