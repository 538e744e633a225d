/**
 * The story as one typed object: the single source every mode and the build read.
 * Beat copy, events, sentence figures, corrections and sources each live in their own file.
 */
import { beats } from './beats.ts';
import { corrections } from './corrections.ts';
import { events } from './events.ts';
import { meta, method } from './meta.ts';
import { sentence, term } from './sentence.ts';
import { sources } from './sources.ts';
import type { Story } from './types.ts';

/**
 * The whole story in one object, for the build's validation and the tests. The page imports the
 * pieces it needs by name instead (`import { beats } from '../story'`), so a bundle carries only
 * those: the long list of sources, for one, loads with the part of the page that shows it.
 */
export const story: Story = { meta, beats, events, sentence, term, corrections, method, sources };

export { beats, corrections, events, meta, method, sentence, sources, term };

export { BEAT_IDS, isBeatId, type BeatId } from './beatIds.ts';
export { EVENT_IDS, type EventId } from './eventIds.ts';
export { validateStory, StoryValidationError } from './validateStory.ts';
export * from './types.ts';
