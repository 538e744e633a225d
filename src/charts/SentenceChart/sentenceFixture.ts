import type { SentenceChartData } from './types';

/**
 * A made-up sentence for the chart's own tests: a request of 21 years, a term of 14 with 3 in a
 * prison, and 13 years 9 months after appeal, placed on an age axis from 58 to 72.
 */
export const fixtureData: SentenceChartData = {
  bars: [
    { id: 'requested', kind: 'request', caption: 'Asked for', valueLabel: '21 years', months: 252 },
    {
      id: 'imposed',
      kind: 'decision',
      caption: 'Imposed',
      valueLabel: '14 years',
      months: 168,
      prisonMonths: 36,
      note: 'first 3 years in a prison, then a colony',
    },
    { id: 'afterAppeal', kind: 'decision', caption: 'After appeal', valueLabel: '13 years 9 months', months: 165, note: 'total only' },
  ],
  gap: { fromBarId: 'requested', toBarId: 'imposed', label: '7 years less (calculated)' },
  lastTickLabel: (years) => `${years} years`,
  lifetime: {
    domain: [0, 73.12],
    tickRange: [10, 70],
    startAge: 58.37,
    custodyEndAge: 61.97,
    endAge: 72.12,
    barLabel: 'The term after appeal',
    bornLabel: 'Born',
    startLabel: 'At 58',
    custodyLabel: 'In custody so far',
    endLabel: 'About 72 (calculated)',
  },
  lifetimeLastTickLabel: (age) => `age ${age}`,
};
