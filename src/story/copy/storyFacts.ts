/**
 * The story's facts without its words: the month the page covers to, events, dates, figures, statuses, sources and the report's
 * errors, with every piece of copy blanked (copyTree.ts tells the two apart) except a source's outlet
 * and date, which are facts about it even though translations write them in their own words.
 * Rewording a sentence leaves the fingerprint as it is; moving a date, changing a figure or a status,
 * or adding, moving or redating a source changes it, and the build then asks for a new entry in the
 * record of updates.
 */
import type { Story } from '../types.ts';
import { fingerprint, mapCopy } from './copyTree.ts';

/** A source's outlet and the date its page shows: copy to translate, and facts to fingerprint. */
const SOURCE_FACTS = /^sources\.[^.]+\.(outlet|dated)$/;

/** The facts of a story, as one plain record. */
export function storyFacts(story: Pick<Story, 'meta' | 'events' | 'sentence' | 'term' | 'corrections' | 'sources' | 'beats'>): unknown {
  const facts = {
    eventsThrough: story.meta.eventsThrough,
    events: story.events,
    sentence: story.sentence ?? null,
    term: story.term ?? null,
    corrections: story.corrections,
    sources: story.sources,
    beatSources: story.beats.map((beat) => ({ id: beat.id, sources: beat.sources })),
  };
  return mapCopy(facts, (key, value) => (SOURCE_FACTS.test(key) ? value : ''));
}

/** A short fingerprint of the story's facts (FNV-1a over their JSON), which the latest update records. */
export function factsFingerprint(story: Parameters<typeof storyFacts>[0]): string {
  return fingerprint(JSON.stringify(storyFacts(story)));
}
