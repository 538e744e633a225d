import { beats } from './beats.ts';
import { events } from './events.ts';
import { howToRead, tableCopy, timelineText } from './graphicCopy.ts';
import { meta, method } from './meta.ts';
import { sentence, sentenceCopy, term } from './sentence.ts';
import type { StoryEdition } from './types.ts';
import { EDITIONS } from './editions.ts';
import { uiCopy } from './uiCopy.ts';
import { timelineViews } from './views.ts';

/**
 * The story as the pages read it. The list of sources, the corrections and the teacher kit are
 * imported on demand: each becomes a chunk of its own that the page loads when it needs it.
 */
export const edition: StoryEdition = {
  lang: 'en',
  editions: EDITIONS,
  ui: uiCopy,
  chartCopy: { howToRead, timelineText, table: tableCopy },
  meta,
  beats,
  events,
  views: timelineViews,
  sentence,
  term,
  sentenceCopy,
  method,
  load: {
    furniture: () => import('./furniture.ts').then((m) => m.furniture),
    sources: () => import('./sources.ts').then((m) => m.sources),
    corrections: () => import('./corrections.ts').then((m) => m.corrections),
    kit: () => import('./kit.ts').then((m) => m.kit),
  },
};
