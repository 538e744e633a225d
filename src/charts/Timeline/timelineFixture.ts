import { formatLongDate, formatShortDate, isoAt, parseIsoDate, periodEnd, precisionOf } from '../../lib/utcDate';
import type { TimelineDatum, TimelineLane, TimelineState } from './types';

/**
 * A made-up timeline for the chart's own tests: the chart knows no story, so neither do they. Dates
 * at every precision, a cluster of close days, a calculated end, and labels of every length.
 */
function datum(id: string, iso: string, label: string, lane: string, calculated = false): TimelineDatum {
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
    lane,
  };
}

export const fixtureData: readonly TimelineDatum[] = [
  datum('founded', '1960-03-01', 'Society founded', 'society'),
  datum('moved', '1990', 'Office moves to the capital', 'society'),
  datum('law', '2005-06-15', 'A new law on societies comes into force', 'law'),
  datum('first-ruling', '2021-12-20', 'First court orders the society closed', 'society'),
  datum('second-ruling', '2021-12-21', 'Second court orders its branch closed', 'society'),
  datum('arrest', '2022-02-10', 'Its chair is arrested', 'chair'),
  datum('hearing', '2022-02-11', 'Custody hearing', 'chair'),
  datum('in-force', '2022-02-14', 'First order takes effect', 'society'),
  datum('search', '2022-03-01', 'Offices searched', 'society'),
  datum('appeal-heard', '2023-06', 'Appeal heard', 'chair'),
  datum('moved-prison', '2024-01', 'Moved to another prison', 'chair'),
  datum('release', '2030-08', 'Term would end (calculated)', 'chair', true),
];

/** Three made-up strands, one lane each. */
export const fixtureLanes: readonly TimelineLane[] = [
  { id: 'law', label: 'The law' },
  { id: 'society', label: 'The society' },
  { id: 'chair', label: 'Its chair' },
];

const state = (from: string, to: string, focusIds: readonly string[], lanes = fixtureLanes): TimelineState => ({
  domain: [parseIsoDate(from), parseIsoDate(to)],
  overview: [parseIsoDate('1960'), periodEnd('2030')],
  lanes,
  focusIds,
  pastUntil: new Date(Math.max(...focusIds.map((id) => fixtureData.find((d) => d.id === id)!.start.getTime()))),
  tickLabel: (date, precision) => formatShortDate(isoAt(date, precision)),
});

/**
 * States of the fixture: the whole span with a note, a middle window in one lane, a close window on
 * a cluster of days (two of them a day apart in one lane), a later window, and a window of days.
 */
export const fixtureStates = {
  long: {
    ...state('1960-01-01', '2031-01-01', ['founded', 'arrest', 'release']),
    note: { fromId: 'arrest', toId: 'release', text: 'The term, by calculation' },
  },
  middle: state('2000-01-01', '2025-01-01', ['law', 'first-ruling'], []),
  close: state('2021-12-01', '2024-06-01', ['first-ruling', 'second-ruling', 'arrest', 'hearing', 'in-force']),
  later: state('2021-12-01', '2024-06-01', ['appeal-heard', 'moved-prison']),
  days: {
    ...state('2022-02-01', '2022-02-22', ['arrest', 'hearing', 'in-force']),
    note: { fromId: 'arrest', toId: 'in-force', text: 'Four days later, the first order took effect' },
  },
} satisfies Record<string, TimelineState>;
