import { translatedEdition } from '../../scripts/build/editionModules';
import { editionAtHand } from '../../src/story/copy/editionData';
import { edition as english } from '../../src/story/edition';
import type { StoryEdition } from '../../src/story/editionTypes';
import { translations } from '../../src/story/locales';

/** Every edition as the pages read it, English first, every part at hand: for tests of what can differ by language. */
export const allEditions: readonly StoryEdition[] = [
  english,
  ...translations.map((translation) => editionAtHand(translatedEdition(translation))),
];
