import type { SentenceChartData, SentenceChartState } from '../charts/SentenceChart/types';
import { addMonths, fractionalAge } from '../lib/utcDate';
import { sentence, term, type SentenceState } from '../story';
import { sentenceChartCopy as copy } from '../story/graphicCopy';

const termEnd = addMonths(term.termStart, term.termMonths);

/** The sentence figures as the chart draws them. */
export const sentenceData: SentenceChartData = {
  bars: [
    { id: 'requested', kind: 'request', caption: copy.requested, valueLabel: sentence.requested.label, months: sentence.requested.months },
    {
      id: 'imposed',
      kind: 'decision',
      caption: copy.imposed,
      valueLabel: sentence.imposed.label,
      months: sentence.imposed.months,
      prisonMonths: sentence.prisonPart.months,
      note: `${copy.prisonPart}, ${copy.colonyPart}`,
    },
    {
      id: 'afterAppeal',
      kind: 'decision',
      caption: copy.afterAppeal,
      valueLabel: sentence.afterAppeal.label,
      months: sentence.afterAppeal.months,
      // The sources report only the new total, not whether the prison part stood: draw no split.
      note: copy.totalOnly,
    },
  ],
  gap: { fromBarId: 'requested', toBarId: 'imposed', label: copy.gap },
  axisUnit: copy.axisUnit,
  lifetime: {
    domain: [58, 72.5],
    tickRange: [58, 72],
    startAge: fractionalAge(term.born, term.termStart),
    endAge: fractionalAge(term.born, termEnd),
    barLabel: copy.lifetimeBar,
    startLabel: copy.lifetimeStart,
    endLabel: copy.lifetimeEnd,
  },
  lifetimeAxisUnit: copy.lifetimeAxisUnit,
};

const states: Record<SentenceState, SentenceChartState> = {
  verdict: { view: 'years', visibleBarIds: ['requested', 'imposed'] },
  appeal: { view: 'years', visibleBarIds: ['requested', 'imposed', 'afterAppeal'] },
  lifetime: { view: 'lifetime', visibleBarIds: [] },
};

/** The chart state for a sentence scene. */
export function sentenceStateFor(state: SentenceState): SentenceChartState {
  return states[state];
}
