/**
 * The story as one typed object: the single source every mode and the build read.
 * Beat copy, events, sentence figures, corrections and sources each live in their own file.
 */
import { beats } from './beats';
import { corrections } from './corrections';
import { events } from './events';
import { meta, method } from './meta';
import { sentence, term } from './sentence';
import { sources } from './sources';
import type { Story } from './types';

export const story: Story = { meta, beats, events, sentence, term, corrections, method, sources };

export { BEAT_IDS, isBeatId, type BeatId } from './beatIds';
export { EVENT_IDS, type EventId } from './eventIds';
export { validateStory, StoryValidationError } from './validateStory';
export * from './types';
