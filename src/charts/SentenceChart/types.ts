/** What the sentence chart draws. The chart knows nothing of the story: the scenes layer fills these in. */

/** One bar: a term in months. */
export interface SentenceBar {
  id: string;
  /** `request` is drawn hatched and quiet; `decision` solid in the accent colour. */
  kind: 'request' | 'decision';
  /** What the bar is, e.g. "Prosecutors asked for". */
  caption: string;
  /** The figure in words, e.g. "21 years". */
  valueLabel: string;
  months: number;
  /** Months at the start of the term served in a prison, drawn darker. */
  prisonMonths?: number;
  /**
   * A note under the bar, e.g. what its parts mean, or that the sources give only its total. Dropped
   * on the shortest panels, where the chart's how-to-read line has to say it.
   */
  note?: string;
}

/** The term placed on his whole life. Ages are fractional years, from birth (0). */
export interface LifetimeData {
  /** The age axis: [from, to]. */
  domain: readonly [number, number];
  /** The first and last labelled ages. */
  tickRange: readonly [number, number];
  /** His age when the term began (detention), when the story's events end, and when the term would end. */
  startAge: number;
  custodyEndAge: number;
  endAge: number;
  /** Over the bar: the term's name, and his birth at the bar's start. */
  barLabel: string;
  bornLabel: string;
  /** Under the bar: the start of the term, custody so far, the term's end. */
  startLabel: string;
  custodyLabel: string;
  endLabel: string;
}

export interface SentenceChartData {
  bars: readonly SentenceBar[];
  /** The difference between two bars, drawn as a dashed box on the second bar's row. */
  gap: { fromBarId: string; toBarId: string; label: string };
  /** The last tick's label, with its unit: "20 years". The others are bare numbers. */
  lastTickLabel: (years: number) => string;
  lifetime: LifetimeData;
  /** The last age tick's label, with its unit: "age 72". */
  lifetimeLastTickLabel: (age: number) => string;
}

/** One state of the sentence chart. */
export interface SentenceChartState {
  view: 'years' | 'lifetime';
  /** Bars shown in the years view; the others keep their place but are hidden. */
  visibleBarIds: readonly string[];
  /** False for the first step of a slow reveal: bars only, no figures. Default true. */
  showNumbers?: boolean;
}
