/** Words around our record of updates at the page's foot, and the licence line. */
export const updatesCopy = {
  heading: 'Updates to this page',
  kinds: { published: 'First published', update: 'Update', correction: 'Correction' },
  why: 'Why:',
  licenceLabel: 'Licence:',
} as const;
