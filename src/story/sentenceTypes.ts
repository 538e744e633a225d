/**
 * The shape of a story's sentence: its figures, the calculation built on them and the words of the
 * chart that draws them. Part of the story's shape (`types.ts`), for a story with a sentence chart.
 */
import type { FactStatus, SourceId } from './types.ts';

/** One figure of the sentence, in months so that 13 years 9 months stays exact. */
export interface SentenceFigure {
  months: number;
  /** The figure as the sources word it, e.g. "13 years 9 months". */
  label: string;
  /** What the sources leave unsaid about this figure, shown beside it in the table. */
  note?: string;
  status: FactStatus;
  sources: readonly SourceId[];
}

/** The numbers of the sentence. */
export interface SentenceFigures {
  requested: SentenceFigure;
  imposed: SentenceFigure;
  /** The part of the imposed term to be served in a prison (тюрьма). */
  prisonPart: SentenceFigure;
  /** The rest of the imposed term, in a strict-regime colony. */
  colonyPart: SentenceFigure;
  afterAppeal: SentenceFigure;
  /** The ban on administering websites, which runs after the term. */
  websiteBan: SentenceFigure;
}

/** Dates the calculation beat rests on, with the assumption spelled out. */
export interface TermCalculation {
  /** ISO date of birth. */
  born: string;
  /** ISO date the term is assumed to run from. */
  termStart: string;
  /** The term after appeal, in months. */
  termMonths: number;
  /** The original term, in months. */
  originalTermMonths: number;
  /** The assumptions, in words, shown beside every calculated figure. */
  assumption: string;
  sources: readonly SourceId[];
}

/** Words drawn in the sentence chart and its table, which are the story's, not the chart's. */
export interface SentenceCopy {
  /** Bar captions, the notes under bars, the gap's label and the lifetime view's labels. */
  chart: {
    requested: string;
    imposed: string;
    afterAppeal: string;
    prisonPart: string;
    colonyPart: string;
    totalOnly: string;
    gap: string;
    /** The years scale's last tick: `{years}` is the number with its unit in the edition's language ("20 years"), `{n}` the number. */
    yearsTick: string;
    /** Over the lifetime bar's start: his birth. */
    lifetimeBorn: string;
    lifetimeStart: string;
    /** Under the point where the story's events end: his time in custody so far. */
    lifetimeCustody: string;
    lifetimeEnd: string;
    /** The age axis's last tick, as `yearsTick`: "age {n}". */
    ageTick: string;
    lifetimeBar: string;
  };
  /** How to read the chart, in one line: its years view and its lifetime view. */
  guide: { years: string; lifetime: string };
  /** Row names of the sentence table, one per figure, and the calculated difference. */
  rows: Record<keyof SentenceFigures | 'difference' | 'differenceValue', string>;
}
