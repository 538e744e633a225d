/**
 * The shape of an edition: the story in one language as its pages read it, with the words of the page
 * around it (labels, chart copy, furniture) and the parts that load on demand. `types.ts` holds the
 * story's own shape, which every edition shares.
 */
import type { furniture } from './furniture.ts';
import type { howToRead, tableCopy, timelineText } from './graphicCopy.ts';
import type { Beat, Correction, Licence, Paragraph, Source, Story, StoryKit, StoryUpdate, TimelineEvent } from './types.ts';
import type { uiCopy } from './uiCopy.ts';

/** A copy object's shape with its literal strings widened: what every edition's words must fill. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** The page's furniture on the first screen: labels, headings, navigation. */
export type UiCopy = Widen<typeof uiCopy>;
/** The charts' own words: how to read the timeline, its name and keys, the tables' headings. */
export type ChartCopy = Widen<{ howToRead: typeof howToRead; timelineText: typeof timelineText; table: typeof tableCopy }>;
/** The words of the pages and panels that load on demand. */
export type Furniture = Widen<typeof furniture>;

/** An edition as the language switch offers it. */
export interface EditionLink {
  /** BCP 47: `en`, `ru`, `uz-Latn`. */
  lang: string;
  /** Its folder below the site's root, without slashes; empty for the root. */
  dir: string;
  /** The language's name in itself: English, Русский, Oʻzbekcha. */
  name: string;
  /** The language and territory link previews name it by (Open Graph's `og:locale`): `en_GB`, `ru_RU`. */
  locale: string;
}

/**
 * A language's dates and counts of years as the build's Intl writes them (lib/capturedFormats.ts
 * captures and applies them): per `${precision} ${length}` format, one pattern per month with
 * `{day}` and `{year}` in place of the figures; and "n years" by n.
 */
export interface EditionFormats {
  dates: Readonly<Record<string, readonly string[]>>;
  years: readonly string[];
}

/** An event as the first screen needs it: everything but its long description, which only the tables show. */
export type EventFacts = Omit<TimelineEvent, 'description'>;

/**
 * A beat as the first screen needs it: everything but its text. The prerendered page carries the
 * text as HTML; the script loads it just after, to hydrate it (see {@link StoryEdition.load}).
 */
export type EditionBeat = Omit<Beat, 'body'>;

/** Each beat's text, by beat id. */
export type BeatProse = Readonly<Record<string, Beat['body']>>;

/** The words of the end matter and the tables, which load after the first screen. */
export interface EditionDetails {
  /** How the facts were checked. */
  method: readonly Paragraph[];
  /** Each event's description for the data tables, by event id. */
  descriptions: Readonly<Record<string, string>>;
  /** Our own record of updates to the page, oldest first, shown at its foot. */
  updates: readonly StoryUpdate[];
  /** The terms others may republish the story on, shown at the page's foot. */
  licence: Licence;
}

/**
 * A story as its pages read it: everything the first screen needs, and the parts that come late on
 * the page (the corrections, the list of sources) or only in some modes (the teacher kit) loaded on
 * demand, so the first download carries none of them.
 */
export interface StoryEdition extends Omit<Story, 'sources' | 'corrections' | 'kit' | 'method' | 'events' | 'beats' | 'publication'> {
  beats: readonly EditionBeat[];
  events: readonly EventFacts[];
  /** The edition's language, as BCP 47 (`en`, `ru`, `uz-Latn`): the page's `lang` and its dates' and numbers' format. */
  lang: string;
  /** Every edition of the story, this one among them (one, for a story in one language). */
  editions: readonly EditionLink[];
  /**
   * For a translation: its language's dates and counts of years as the build's Intl writes them,
   * for browsers whose Intl lacks the language (see lib/capturedFormats.ts).
   */
  formats?: EditionFormats;
  /** For a translation: the day (ISO) it was last checked against the English original. */
  translationChecked?: string;
  ui: UiCopy;
  chartCopy: ChartCopy;
  load: {
    /**
     * The beats' text. The first download leaves it out: the prerendered page shows it while React
     * hydrates around it, and modes rendered afresh wait for it before their first render.
     */
    prose: () => Promise<BeatProse>;
    /** How the facts were checked and the events' descriptions, for the end matter and the tables. */
    details: () => Promise<EditionDetails>;
    /** The words of the pages and panels that load on demand. */
    furniture: () => Promise<Furniture>;
    sources: () => Promise<readonly Source[]>;
    corrections: () => Promise<readonly Correction[]>;
    /** Absent for a story with no teacher kit: the lesson mode then shows the article. */
    kit?: () => Promise<StoryKit>;
  };
}
