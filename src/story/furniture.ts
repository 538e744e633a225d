import { accessibilityStatement } from './accessibility.ts';
import { cardCopy } from './cardCopy.ts';
import { embedCopy } from './embedCopy.ts';
import { lessonCopy } from './lessonCopy.ts';
import { notesCopy, presentCopy } from './presentCopy.ts';
import { republishCopy } from './republishCopy.ts';
import { sourcesPageCopy } from './sourcesPageCopy.ts';
import { updatesCopy } from './updatesCopy.ts';

/**
 * The words of the pages and panels that load on demand (presenter, notes window, teacher kit, the
 * embed panel, the accessibility statement, the page of sources and data): they come with them, not
 * in the first download.
 */
export const furniture = {
  present: presentCopy,
  notes: notesCopy,
  lesson: lessonCopy,
  embed: embedCopy,
  accessibility: accessibilityStatement,
  updates: updatesCopy,
  republish: republishCopy,
  card: cardCopy,
  sourcesPage: sourcesPageCopy,
};
