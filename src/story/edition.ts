import { editionAtHand, editionData } from './copy/editionData.ts';
import { englishCopy } from './copy/englishCopy.ts';
import type { StoryEdition } from './editionTypes.ts';

/**
 * The English edition as the pages read it, built straight from the story's modules, every part at
 * hand: what the tests and the fictional fixture read. The published pages read the same data from
 * the modules the build writes for each edition (`virtual:edition/en`,
 * scripts/build/editionModules.ts), which split off the parts that load on demand.
 */
export const edition: StoryEdition = editionAtHand(editionData(englishCopy, 'en'));
