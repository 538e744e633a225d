/**
 * The shape of a story: what the engine renders and the build validates, for this case or any other.
 * Plain TypeScript: nothing here knows about React, d3 or the page. Every record that states a fact
 * carries the ids of the sources that support it. Ids are plain strings here; a story narrows them
 * for itself (see `beatIds.ts`), and `validateStory` checks every cross-reference.
 */
import type { Lesson } from './lessonTypes.ts';
import type { SentenceCopy, SentenceFigures, TermCalculation } from './sentenceTypes.ts';

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
  dated: string | null;
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
  /** Stable id: scenes refer to events by it. */
  id: string;
  /** ISO 8601 at the event's precision: `2003`, `2023-05` or `2022-02-24`. */
  date: string;
  precision: DatePrecision;
  /** A short label for the chart, at most {@link EVENT_LABEL_MAX} characters. */
  label: string;
  /** One or two sentences for the data table. */
  description: string;
  status: FactStatus;
  /** The strand of the story the event belongs to: a key of the story's `strands`, for stories that have them. */
  strand?: string;
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

/** A strand of the story: a lane of the timeline, e.g. "The law and the courts". */
export interface Strand {
  /** Stable id: events name the strand they belong to by it. */
  id: string;
  /** The lane's label. */
  label: string;
}

/** Which state of the sentence chart a beat shows. */
export type SentenceState = 'verdict' | 'appeal' | 'lifetime';

/** What the sticky graphic shows for a beat. */
export type Scene =
  | {
      kind: 'timeline';
      /**
       * The events this beat is about, most important first: emphasised and labelled. The window of
       * time shown is chosen from them (and from the note's events), so they read as a sequence.
       */
      focus: readonly string[];
      /** Two events the beat's `graphicNote` spans, drawn as a bracket from one to the other. */
      note?: readonly [from: string, to: string];
    }
  | { kind: 'sentence'; state: SentenceState };

/**
 * What a beat carries after its prose, besides its sources:
 * - `corrections-table`: the table of the report's wording beside what the sources say;
 * - `end-matter`: how the facts were checked, the data tables and the list of sources.
 */
export type BeatBlock = 'corrections-table' | 'end-matter';

/**
 * How many presses reveal a beat's graphic in class. 1: all at once. 3: the slow reveal of the
 * sentence chart: the bars without figures, then the figures, then the takeaway title and the text.
 */
export type RevealSteps = 1 | 3;

/** One beat of the story: a step of the scroll and a slide in class. */
export interface Beat {
  /** Public and stable: it appears in URLs (`#verdict`). Lowercase letters, digits and hyphens. */
  id: string;
  /** A short title, announced when the beat becomes active and used in navigation. */
  title: string;
  /** The heading over the beat's text. */
  heading: string;
  body: readonly Paragraph[];
  /** The graphic's takeaway title for this beat: what the reader should see, in one line. */
  graphicTitle: string;
  /** A plain-language description of what the graphic shows in this beat, for screen readers. */
  graphicDescription: string;
  /**
   * What the beat says about the span between the two events its timeline scene's `note` names,
   * written on the chart over a bracket between them: "Four days later, the ruling took effect".
   */
  graphicNote?: string;
  /** What the graphic shows while this beat is active. */
  scene: Scene;
  /**
   * Where graphics go under each beat (article mode, print, slides), whether this beat draws its
   * own. False for a beat whose tables already give every number. Default true.
   */
  inlineGraphic?: boolean;
  /** Presses to reveal the graphic in class. Default 1. */
  revealSteps?: RevealSteps;
  /** A block after the prose. */
  block?: BeatBlock;
  sources: readonly SourceId[];
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

/**
 * The terms on which others may republish the story: one licence, shown on the page, in print, in
 * the offline file, in the structured data and in the oEmbed answers.
 */
export interface Licence {
  /** Its short code as the licensor writes it: `CC BY-NC-ND 4.0`. */
  code: string;
  /** Its full name, in the edition's language where the licensor gives one. */
  name: string;
  /** The licence's own page. */
  url: string;
  /** What it allows, in one plain sentence. */
  terms: string;
}

/**
 * One entry in our own record of what changed on the page and why: a first publication, an update
 * or a correction of ours (the report's errors are `Correction`s, a different thing).
 */
export interface StoryUpdate {
  /** A stable id, which translations key the entry's words by. */
  id: string;
  /** ISO day. */
  date: string;
  kind: 'published' | 'update' | 'correction';
  /** What changed, in a sentence or two. */
  what: string;
  /** Why it changed; a first publication needs none. */
  why?: string;
  /**
   * The editions (BCP 47) this entry first published, for an entry that adds editions: their
   * `datePublished` is its date. Editions no entry names were first published with the story.
   */
  editions?: readonly string[];
  /**
   * The fingerprint of the story's facts (events, dates, figures, statuses, sources; not the
   * wording) once this entry was made. The latest entry's must match the story's facts as they are:
   * the build stops when the facts change without a new entry.
   */
  factsFingerprint?: string;
}

/** How the story is published: its licence and our own record of updates, oldest first. */
export interface StoryPublication {
  licence: Licence;
  updates: readonly StoryUpdate[];
}

/** Headline matter for the page. */
export interface StoryMeta {
  /** The document's title: the browser tab, search results, bookmarks. */
  pageTitle: string;
  /** The page's description for search engines and link previews: one or two plain sentences. */
  description: string;
  /** The line over the headline, e.g. "Human rights · Russia". */
  kicker: string;
  headline: string;
  dek: string;
  /** The credit line: whose reporting this rests on and what it was checked against. */
  credit: string;
  /** ISO date the page was last updated: the latest entry of `publication.updates`, as validation checks. */
  updated: string;
  /** The latest event the page covers, in words. */
  coverage: string;
  /** The same as an ISO date at its precision (`2025-09`): where "so far" ends in the charts. */
  eventsThrough: string;
  /**
   * The beat whose graphic leads the page, beside the headline on a wide screen, so the first screen
   * shows a picture; none for a story that opens on its text alone.
   */
  leadGraphic?: string;
  /** The short credit under an embed, where the full credit line would crowd the host's page. */
  embedCredit: string;
  /** The line at the foot of the page: how the story keeps fact, allegation and calculation apart. */
  footer: string;
  /**
   * The language (BCP 47) of the report the corrections quote, for a story that corrects one: its
   * words stay in that language in every edition, and are marked so a screen reader reads them in it.
   */
  reportLang?: string;
}

/** The teacher kit for a story: the lesson and a note for the presenter on each beat. */
export interface StoryKit {
  lesson: Lesson;
  /** What a teacher might point out at each beat, keyed by beat id. */
  teacherNotes: Readonly<Record<string, string>>;
}

/** The whole story: what the build validates and every mode renders. */
export interface Story {
  meta: StoryMeta;
  beats: readonly Beat[];
  events: readonly TimelineEvent[];
  /** The strands the story braids together, one lane each on the timeline; a story without them has one lane. */
  strands?: readonly Strand[];
  /** The sentence, for stories with a sentence chart (a beat with a `sentence` scene needs all three). */
  sentence?: SentenceFigures;
  term?: TermCalculation;
  sentenceCopy?: SentenceCopy;
  corrections: readonly Correction[];
  method: readonly Paragraph[];
  sources: readonly Source[];
  /** The teacher kit, for stories that have one: the lesson mode and the presenter's notes. */
  kit?: StoryKit;
  publication: StoryPublication;
}
