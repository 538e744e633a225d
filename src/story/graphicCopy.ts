import type { BeatId } from './beatIds.ts';

/**
 * The takeaway title over the graphic for each beat: what the reader should see, in one line.
 * `satisfies` makes a missing beat a type error.
 */
export const graphicTitles = {
  intro: 'In Russia since 1992, detained in 2022',
  'ban-2003': 'The ban came in 2003; the law and the courts followed',
  'memorial-liquidated': 'Memorial was ordered shut weeks before his arrest',
  detained: 'Detained on the day of the full-scale invasion',
  posts: 'Memorial’s offices were searched eight days after his arrest',
  'new-charge': 'A second, graver charge in October 2022',
  verdict: 'The court imposed 14 of the 21 years prosecutors asked for',
  appeal: 'The appeal took three months off: 13 years 9 months',
  arctic: 'From Vladimir Central to a colony beyond the Arctic Circle',
  'what-it-means': 'By our calculation, he would be 72 when the term ends',
  corrections: 'Both rulings took effect after his arrest',
  sources: 'The case on one line, to the possible end of the term',
} as const satisfies Record<BeatId, string>;

/** One line under each chart on how to read it. */
export const howToRead = {
  timeline: 'Dots: dates known to the day. Bars: known only to the month or year. Dashed: our calculation.',
  sentence: 'One scale in years. Hatched: asked by prosecutors. Solid: imposed, darker for the years in a prison.',
  lifetime: 'His age, from his detention to the possible end of the term (our calculation).',
} as const;

/** Words of the interactive timeline. */
export const timelineText = {
  name: 'Timeline of events',
  keys: 'Use the left and right arrow keys, Home and End to move between the events shown; Escape hides the details.',
  focusNote: 'This part of the story is about this event.',
} as const;

/** Text drawn inside the sentence chart. */
export const sentenceChartCopy = {
  requested: 'Asked by prosecutors',
  imposed: 'Imposed by the court',
  afterAppeal: 'After appeal',
  prisonPart: 'first 3 years in a prison',
  colonyPart: 'then a strict-regime colony',
  totalOnly: 'the sources give only the new total, not its split',
  gap: '7 years less (our calculation)',
  axisUnit: 'years',
  lifetimeStart: 'Detained at 58',
  lifetimeEnd: 'About 72 (our calculation)',
  lifetimeAxisUnit: 'age',
  lifetimeBar: 'Term after appeal, 13 years 9 months',
} as const;

/** Text of the chart's data tables. */
export const tableCopy = {
  timelineCaption: 'Timeline of the case: every dated event on this page',
  sentenceCaption: 'The sentence: requested, imposed and after appeal',
  date: 'Date',
  event: 'What happened',
  status: 'Status',
  sources: 'Sources',
  figure: 'Figure',
  term: 'Term',
  statusNames: { established: 'Established', alleged: 'Alleged', 'single-source': 'Reported by one source', calculated: 'Our calculation' },
} as const;
