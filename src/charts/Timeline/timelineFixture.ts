import { formatLongDate, formatShortDate, parseIsoDate, periodEnd, precisionOf } from '../../lib/utcDate';
import type { TimelineDatum, TimelineState } from './types';

/**
 * A made-up timeline for the chart's own tests: the chart knows no story, so neither do they. Dates
 * at every precision, a cluster of close days, a calculated end, and labels of every length.
 */
function datum(id: string, iso: string, label: string, calculated = false): TimelineDatum {
  return {
    id,
    start: parseIsoDate(iso),
    end: periodEnd(iso),
    precision: precisionOf(iso),
    label,
    dateLabel: formatShortDate(iso),
    calculated,
    iso,
    longDate: formatLongDate(iso),
    statusLabel: calculated ? 'Our calculation' : 'Established',
  };
}

export const fixtureData: readonly TimelineDatum[] = [
  datum('founded', '1960-03-01', 'Society founded'),
  datum('moved', '1990', 'Office moves to the capital'),
  datum('law', '2005-06-15', 'A new law on societies comes into force'),
  datum('first-ruling', '2021-12-20', 'First court orders the society closed'),
  datum('second-ruling', '2021-12-21', 'Second court orders its branch closed'),
  datum('arrest', '2022-02-10', 'Its chair is arrested'),
  datum('hearing', '2022-02-11', 'Custody hearing'),
  datum('in-force', '2022-02-14', 'First order takes effect'),
  datum('search', '2022-03-01', 'Offices searched'),
  datum('appeal-heard', '2023-06', 'Appeal heard'),
  datum('moved-prison', '2024-01', 'Moved to another prison'),
  datum('release', '2030-08', 'Term would end (calculated)', true),
];

const state = (from: string, to: string, focusIds: readonly string[]): TimelineState => ({
  domain: [parseIsoDate(from), parseIsoDate(to)],
  focusIds,
  pastUntil: new Date(Math.max(...focusIds.map((id) => fixtureData.find((d) => d.id === id)!.start.getTime()))),
});

/** States of the fixture: the whole span, a close window on a cluster of days, a window with a span. */
export const fixtureStates = {
  long: { ...state('1960-01-01', '2031-01-01', ['founded', 'arrest', 'release']), termSpan: ['arrest', 'release'] as const },
  middle: state('2000-01-01', '2025-01-01', ['law', 'first-ruling']),
  close: state('2021-12-01', '2024-06-01', ['first-ruling', 'second-ruling', 'arrest', 'hearing', 'in-force']),
  later: state('2021-12-01', '2024-06-01', ['appeal-heard', 'moved-prison']),
} satisfies Record<string, TimelineState>;
