/**
 * The story of the case as one typed object: what the build validates and the tests read. Beat copy,
 * events, sentence figures, corrections and sources each live in their own file. The pages read
 * `edition` (`edition.ts`), which loads the late parts on demand.
 */
import { beats } from './beats.ts';
import { corrections } from './corrections.ts';
import { events } from './events.ts';
import { kit } from './kit.ts';
import { meta, method } from './meta.ts';
import { publication } from './publication.ts';
import { sentence, sentenceCopy, term } from './sentence.ts';
import { sources } from './sources.ts';
import { strands } from './strands.ts';
import type { Story } from './types.ts';

/** The whole story, the teacher kit included. */
export const story: Story = {
  meta,
  beats,
  events,
  strands,
  sentence,
  term,
  sentenceCopy,
  corrections,
  method,
  sources,
  kit,
  publication,
};

export { beats, corrections, events, meta, method, publication, sentence, sources, term };

export { BEAT_IDS, isBeatId, type BeatId } from './beatIds.ts';
export { EVENT_IDS, type EventId } from './eventIds.ts';
export { validateStory, StoryValidationError } from './validateStory.ts';
export * from './types.ts';
export * from './sentenceTypes.ts';
export * from './editionTypes.ts';
