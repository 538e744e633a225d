// The translated editions the build writes as modules (scripts/build/editionModules.ts).
declare module 'virtual:edition/*' {
  import type { StoryEdition } from '../story/editionTypes';

  export const edition: StoryEdition;
}
