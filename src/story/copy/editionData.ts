/**
 * An edition's data from its copy tree: the translation's words over the English facts, in the shape
 * the pages read, split into what the first screen needs (`core`) and the parts that load on
 * demand. The build writes each edition's parts as modules of its own, so a page ships only its
 * edition's words.
 */
import { EDITIONS } from '../editions.ts';
import { term as englishTerm } from '../sentence.ts';
import type { BeatProse, EditionDetails, Furniture, StoryEdition } from '../editionTypes.ts';
import type { StoryKit } from '../types.ts';
import type { EnglishCopy } from './englishCopy.ts';

export interface EditionData {
  core: Omit<StoryEdition, 'load'>;
  prose: BeatProse;
  details: EditionDetails;
  sources: EnglishCopy['sources'];
  corrections: EnglishCopy['corrections'];
  kit: StoryKit;
  furniture: Furniture;
}

export function editionData(copy: EnglishCopy, lang: string, translationChecked?: string): EditionData {
  return {
    core: {
      lang,
      editions: EDITIONS,
      ...(translationChecked ? { translationChecked } : {}),
      meta: copy.meta,
      beats: copy.beats.map(({ body: _body, ...beat }) => beat),
      events: copy.events.map(({ description: _description, ...facts }) => facts),
      strands: copy.strands,
      sentence: copy.sentence,
      term: { ...englishTerm, assumption: copy.term.assumption },
      sentenceCopy: copy.sentenceCopy,
      ui: copy.ui,
      chartCopy: copy.chart,
    },
    prose: Object.fromEntries(copy.beats.map((beat) => [beat.id, beat.body])),
    details: {
      method: copy.method,
      descriptions: Object.fromEntries(copy.events.map((event) => [event.id, event.description])),
      updates: copy.publication.updates,
      licence: copy.publication.licence,
    },
    sources: copy.sources,
    corrections: copy.corrections,
    kit: copy.kit,
    furniture: copy.furniture,
  };
}

/** A promise already settled, as React's `use` reads one: what it holds renders at once, with no fallback. */
const settled = <T>(value: T): Promise<T> => Object.assign(Promise.resolve(value), { status: 'fulfilled', value });

/**
 * An edition whose parts are all at hand: for the tests and the fictional fixture, which render
 * every part at once. The published pages load the parts from the modules the build writes.
 */
export function editionAtHand(data: EditionData): StoryEdition {
  return {
    ...data.core,
    load: {
      prose: () => settled(data.prose),
      details: () => settled(data.details),
      furniture: () => settled(data.furniture),
      sources: () => settled(data.sources),
      corrections: () => settled(data.corrections),
      kit: () => settled(data.kit),
    },
  };
}
