import type { SentenceChartData, SentenceChartState } from '../charts/SentenceChart/types';
import { capturedYears, yearsFormat } from '../lib/capturedFormats';
import { addMonths, fractionalAge } from '../lib/utcDate';
import { fill } from '../lib/fill';
import type { SentenceCopy, SentenceFigures, SentenceState, TermCalculation } from '../story';

/** What a story needs to draw its sentence chart. */
export interface SentenceStory {
  /** The edition's language: the scales' units are written in it, with its plural rules (Intl). */
  lang: string;
  sentence?: SentenceFigures;
  term?: TermCalculation;
  sentenceCopy?: SentenceCopy;
}

const cache = new WeakMap<SentenceFigures, SentenceChartData>();

/** The sentence figures as the chart draws them; null for a story with no sentence chart. */
export function sentenceDataFor({ lang, sentence, term, sentenceCopy }: SentenceStory): SentenceChartData | null {
  if (!sentence || !term || !sentenceCopy) return null;
  const cached = cache.get(sentence);
  if (cached) return cached;
  const copy = sentenceCopy.chart;
  const termEnd = addMonths(term.termStart, term.termMonths);
  const years = yearsFormat(lang);
  const tick = (template: string) => (n: number) => fill(template, { n, years: capturedYears(lang, n) ?? years.format(n) });
  const startAge = fractionalAge(term.born, term.termStart);
  const endAge = fractionalAge(term.born, termEnd);
  // Whole ages at both ends of the axis, with half a year of room after the last tick for its label.
  const firstAge = Math.floor(startAge);
  const lastAge = Math.round(endAge);
  const data: SentenceChartData = {
    bars: [
      {
        id: 'requested',
        kind: 'request',
        caption: copy.requested,
        valueLabel: sentence.requested.label,
        months: sentence.requested.months,
      },
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
    lastTickLabel: tick(copy.yearsTick),
    lifetime: {
      domain: [firstAge, Math.max(lastAge + 0.5, endAge)],
      tickRange: [firstAge, lastAge],
      startAge,
      endAge,
      barLabel: copy.lifetimeBar,
      startLabel: copy.lifetimeStart,
      endLabel: copy.lifetimeEnd,
    },
    lifetimeLastTickLabel: tick(copy.ageTick),
  };
  cache.set(sentence, data);
  return data;
}

const states: Record<SentenceState, SentenceChartState> = {
  verdict: { view: 'years', visibleBarIds: ['requested', 'imposed'] },
  appeal: { view: 'years', visibleBarIds: ['requested', 'imposed', 'afterAppeal'] },
  lifetime: { view: 'lifetime', visibleBarIds: [] },
};

/** The chart state for a sentence scene. */
export function sentenceStateFor(state: SentenceState): SentenceChartState {
  return states[state];
}
