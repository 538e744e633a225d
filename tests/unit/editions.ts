import { editionData } from '../../src/story/copy/editionData';
import { englishCopy } from '../../src/story/copy/englishCopy';
import { localize } from '../../src/story/copy/translation';
import { edition as english } from '../../src/story/edition';
import type { StoryEdition } from '../../src/story/editionTypes';
import { translations } from '../../src/story/locales';

/**
 * Every edition as the pages read it, English first: for tests of what can differ by language (the
 * charts' labels, their layouts). A translation's late parts resolve from the same data at once.
 */
export const allEditions: readonly StoryEdition[] = [
  english,
  ...translations.map((translation): StoryEdition => {
    const data = editionData(localize(englishCopy, translation), translation.lang, translation.checked);
    return {
      ...data.core,
      load: {
        prose: () => Promise.resolve(data.prose),
        details: () => Promise.resolve(data.details),
        furniture: () => Promise.resolve(data.furniture),
        sources: () => Promise.resolve(data.sources),
        corrections: () => Promise.resolve(data.corrections),
        kit: () => Promise.resolve(data.kit),
      },
    };
  }),
];
