/**
 * Words of the page of sources and data (`sources-and-data/`), and of the notes the prerendered
 * story page shows in place of the parts it leaves to the browser, which link there.
 */
export const sourcesPageCopy = {
  title: 'Sources, data and updates',
  inFull: 'In full, on a page of its own:',
} as const;
