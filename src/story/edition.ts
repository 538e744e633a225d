import { beats } from './beats.ts';
import { events } from './events.ts';
import { meta, method } from './meta.ts';
import { sentence, sentenceCopy, term } from './sentence.ts';
import type { StoryEdition } from './types.ts';
import { timelineViews } from './views.ts';

/**
 * The story as the pages read it. The list of sources, the corrections and the teacher kit are
 * imported on demand: each becomes a chunk of its own that the page loads when it needs it.
 */
export const edition: StoryEdition = {
  meta,
  beats,
  events,
  views: timelineViews,
  sentence,
  term,
  sentenceCopy,
  method,
  load: {
    sources: () => import('./sources.ts').then((m) => m.sources),
    corrections: () => import('./corrections.ts').then((m) => m.corrections),
    kit: () => import('./kit.ts').then((m) => m.kit),
  },
};
