/** What the timeline draws. The chart knows nothing of the story: the scenes layer fills these in. */

/** How precisely a date is known. */
export type Precision = 'day' | 'month' | 'year';

/** One event as the chart needs it. */
export interface TimelineDatum {
  /** Stable id: marks keep their identity across states, so they move rather than remount. */
  id: string;
  /** First instant of the event's period (UTC). */
  start: Date;
  /** First instant after it: a day, a month or a year later. */
  end: Date;
  precision: Precision;
  /** Short label, e.g. "Detained in Moscow". */
  label: string;
  /** The date at its precision, e.g. "24 Feb 2022" or "May 2023". */
  dateLabel: string;
  /** Our calculation rather than a reported fact: drawn hollow and dashed. */
  calculated: boolean;
  /** The ISO date, for the list's `<time datetime>`. */
  iso: string;
  /** The date in words at its precision, e.g. "24 February 2022". */
  longDate: string;
  /** Whose claim the event is, in words: "Established", "Alleged", "Our calculation". */
  statusLabel: string;
  /** A note on an uncertain date, shown with the event's details. */
  dateNote?: string;
  /** The lane the event is drawn in (a {@link TimelineLane}'s id); absent when the chart has one lane. */
  lane?: string;
}

/** A horizontal lane of the timeline: one strand of the story, e.g. "The law and the courts". */
export interface TimelineLane {
  id: string;
  label: string;
}

/** Words the timeline shows or speaks; they come from the story, not the chart. */
export interface TimelineText {
  /** Accessible name of the interactive timeline. */
  name: string;
  /** How to use it from the keyboard. */
  keys: string;
  /** Marks the events this part of the story is about, in the list. */
  focusNote: string;
}

/** One state of the timeline. */
export interface TimelineState {
  /** The window of time shown: [start, end). */
  domain: readonly [Date, Date];
  /** The whole span of the data, drawn small under the chart with the window marked on it. */
  overview: readonly [Date, Date];
  /** The lanes, top to bottom; none for a chart of one unlabelled lane. */
  lanes: readonly TimelineLane[];
  /** Events this state is about, most important first: emphasised and labelled. */
  focusIds: readonly string[];
  /** Events after this instant are faint: they have not happened yet in the story. */
  pastUntil: Date;
  /** Words written over a bracket from one event to another: what the state says about the span between them. */
  note?: { fromId: string; toId: string; text: string };
  /** A tick's label in the reader's language: the date at the precision the ticks step by. */
  tickLabel: (date: Date, precision: 'day' | 'month' | 'year') => string;
}
