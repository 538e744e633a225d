/**
 * Every word of the English edition, gathered into one copy tree (see copyTree.ts): the source that
 * translations are keyed by and checked against. Facts inside it (ids, dates, figures, references)
 * are not copy and are never translated.
 */
import { beats } from '../beats.ts';
import { corrections } from '../corrections.ts';
import { events } from '../events.ts';
import { furniture } from '../furniture.ts';
import { howToRead, tableCopy, timelineText } from '../graphicCopy.ts';
import { kit } from '../kit.ts';
import { meta, method } from '../meta.ts';
import { publication } from '../publication.ts';
import { sentence, sentenceCopy, term } from '../sentence.ts';
import { sources } from '../sources.ts';
import { strands } from '../strands.ts';
import { uiCopy } from '../uiCopy.ts';

export const englishCopy = {
  meta,
  beats,
  events,
  strands,
  method,
  sentence,
  sentenceCopy,
  term: { assumption: term.assumption },
  corrections,
  sources,
  kit,
  ui: uiCopy,
  chart: { howToRead, timelineText, table: tableCopy },
  furniture,
  publication,
};

export type EnglishCopy = typeof englishCopy;
