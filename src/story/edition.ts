import { editionData } from './copy/editionData.ts';
import { englishCopy } from './copy/englishCopy.ts';
import type { StoryEdition } from './editionTypes.ts';

/**
 * The English edition as the pages read it, built straight from the story's modules: what the tests
 * and the fictional fixture read. The published pages read the same data from the modules the build
 * writes for each edition (`virtual:edition/en`, scripts/build/editionModules.ts), which split off the
 * parts that load on demand.
 */
const data = editionData(englishCopy, 'en');

export const edition: StoryEdition = {
  ...data.core,
  load: {
    // Already settled, as React's `use` reads a settled promise: tests render the text at once.
    prose: () => Object.assign(Promise.resolve(data.prose), { status: 'fulfilled', value: data.prose }),
    details: () => Promise.resolve(data.details),
    furniture: () => Promise.resolve(data.furniture),
    sources: () => Promise.resolve(data.sources),
    corrections: () => Promise.resolve(data.corrections),
    kit: () => Promise.resolve(data.kit),
  },
};
