import type { SentenceChartData, SentenceChartState } from '../charts/SentenceChart/types';
import { capturedYears, yearsFormat } from '../lib/capturedFormats';
import { addMonths, fractionalAge, periodEnd } from '../lib/utcDate';
import { fill } from '../lib/fill';
import type { SentenceCopy, SentenceFigures, SentenceState, StoryMeta, TermCalculation } from '../story';

/** What a story needs to draw its sentence chart. */
export interface SentenceStory {
  /** The edition's language: the scales' units are written in it, with its plural rules (Intl). */
  lang: string;
  /** For the last day the page covers (`eventsThrough`): his time in custody so far ends there. */
  meta: Pick<StoryMeta, 'eventsThrough'>;
  sentence?: SentenceFigures;
  term?: TermCalculation;
  sentenceCopy?: SentenceCopy;
}

const cache = new WeakMap<SentenceFigures, SentenceChartData>();

/** The sentence figures as the chart draws them; null for a story with no sentence chart. */
export function sentenceDataFor({ lang, meta, sentence, term, sentenceCopy }: SentenceStory): SentenceChartData | null {
  if (!sentence || !term || !sentenceCopy) return null;
  const cached = cache.get(sentence);
  if (cached) return cached;
  const copy = sentenceCopy.chart;
  const termEnd = addMonths(term.termStart, term.termMonths);
  const years = yearsFormat(lang);
  const tick = (template: string) => (n: number) => fill(template, { n, years: capturedYears(lang, n) ?? years.format(n) });
  const startAge = fractionalAge(term.born, term.termStart);
  const endAge = fractionalAge(term.born, termEnd);
  // Custody so far runs to the end of the last day, month or year the page covers.
  const custodyEndAge = fractionalAge(term.born, periodEnd(meta.eventsThrough));
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
      // From birth, with a year of room after the term's end; ticks every whole decade up to it.
      domain: [0, endAge + 1],
      tickRange: [10, Math.floor(endAge / 10) * 10],
      startAge,
      custodyEndAge,
      endAge,
      barLabel: copy.lifetimeBar,
      bornLabel: copy.lifetimeBorn,
      startLabel: copy.lifetimeStart,
      custodyLabel: copy.lifetimeCustody,
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
