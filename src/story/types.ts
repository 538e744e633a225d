/**
 * The story's vocabulary. Plain TypeScript: nothing here knows about React, d3 or the page.
 * Every record that states a fact carries the ids of the sources that support it.
 */
import type { BeatId } from './beatIds.ts';
import type { EventId } from './eventIds.ts';

/** A source id from the fact sheet, `S01` to `S69`. */
export type SourceId = `S${number}`;

/** How precisely a date is known. A month-precision event is never shown with a day. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * Whose claim a fact is.
 * - `established`: a decision, a record or an event the sources agree happened.
 * - `alleged`: an accusation by the FSB, investigators or prosecutors; not a finding.
 * - `single-source`: reported by one source only and confirmed by no other (the fact sheet's
 *   "medium, single source"); the copy names the source in the sentence that states it.
 * - `calculated`: our own arithmetic from reported facts, with its assumptions stated.
 */
export type FactStatus = 'established' | 'alleged' | 'single-source' | 'calculated';

/** One source, as readers see it in the list at the end. */
export interface Source {
  id: SourceId;
  /** The outlet or organisation, e.g. "The Moscow Times". */
  outlet: string;
  /** The page's title or a short description of it. */
  title: string;
  /** The date as the archived copy shows it, in words ("24 May 2023", "2022"), or null when not shown. */
  date: string | null;
  /**
   * The link to show. Null where the fact sheet read the page from a mirror whose canonical address
   * is not plain: we name the outlet and date and link nothing rather than link a mirror.
   */
  url: string | null;
  /** Further pages the same entry covers (the fact sheet lists some sources as two pages). */
  moreUrls?: readonly string[];
}

/** A dated event on the timeline. */
export interface TimelineEvent {
  id: EventId;
  /** ISO 8601 at the event's precision: `2003`, `2023-05` or `2022-02-24`. */
  date: string;
  precision: DatePrecision;
  /** A short label for the chart, at most {@link EVENT_LABEL_MAX} characters. */
  label: string;
  /** One or two sentences for the data table. */
  description: string;
  status: FactStatus;
  /** Where sources disagree on the date or it is uncertain, the note readers see. */
  dateNote?: string;
  sources: readonly SourceId[];
}

/** The longest chart label we allow, in characters, so labels fit a 320 px screen in two lines. */
export const EVENT_LABEL_MAX = 44;

/** A run of text inside a paragraph: plain English, or Russian set with `lang="ru"`, or emphasis. */
export type Inline = string | { ru: string } | { em: string };

/** A paragraph of story copy. */
export type Paragraph = readonly Inline[];

/** Which window of time the timeline shows. */
export type TimelineView = 'long' | 'context' | 'close';

/** Which state of the sentence chart a beat shows. */
export type SentenceState = 'verdict' | 'appeal' | 'lifetime';

/** What the sticky graphic shows for a beat. */
export type Scene =
  | {
      kind: 'timeline';
      view: TimelineView;
      /** The events this beat is about: emphasised and labelled. */
      focus: readonly EventId[];
      /** Show the calculated span of the term on the axis. */
      showTerm?: boolean;
    }
  | { kind: 'sentence'; state: SentenceState };

/** One beat of the story: a step of the scroll and a slide in class. */
export interface Beat {
  id: BeatId;
  /** A short title, announced when the beat becomes active and used in navigation. */
  title: string;
  /** The heading over the beat's text. */
  heading: string;
  body: readonly Paragraph[];
  /** A plain-language description of what the graphic shows in this beat, for screen readers. */
  graphicDescription: string;
  scene: Scene;
  sources: readonly SourceId[];
}

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

/** A correction of the English report this page checks (a rewrite of The Moscow Times' report). */
export interface Correction {
  id: string;
  /** The report's words, quoted exactly. */
  reportWording: string;
  /** What the sources say instead (Russian terms marked, as in the story's prose). */
  correction: Paragraph;
  sources: readonly SourceId[];
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

/** Headline matter for the page. */
export interface StoryMeta {
  headline: string;
  dek: string;
  /** The credit line: whose reporting this rests on and what it was checked against. */
  credit: string;
  /** ISO date the page was last updated. */
  updated: string;
  /** The latest event the page covers, in words. */
  coverage: string;
}

/** The whole story: what the build validates and every mode renders. */
export interface Story {
  meta: StoryMeta;
  beats: readonly Beat[];
  events: readonly TimelineEvent[];
  sentence: SentenceFigures;
  term: TermCalculation;
  corrections: readonly Correction[];
  method: readonly Paragraph[];
  sources: readonly Source[];
}
