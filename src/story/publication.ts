import type { StoryPublication } from './types.ts';

/**
 * How the story is published: the licence others may republish it under, and our own record of
 * what changed on the page and why, oldest first. The page's "Updated" day and the structured
 * data's dates come from this record. When the story's facts change, the build asks for a new
 * entry here (the latest entry's `factsFingerprint`, see copy/storyFacts.ts).
 */
export const publication: StoryPublication = {
  licence: {
    code: 'CC BY-NC-ND 4.0',
    name: 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International',
    url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
    terms: 'You may republish this story free of charge, unchanged and not for commercial use, if you credit it and link to it.',
  },
  updates: [
    {
      id: 'first-published',
      date: '2026-11-28',
      kind: 'published',
      what: 'In English.',
    },
    {
      id: 'wording-checked',
      date: '2026-12-02',
      kind: 'correction',
      what: 'The graphics’ titles and the teacher kit now say he was detained on 24 February 2022, not arrested. The seven years between the term prosecutors asked for and the one imposed are labelled as our calculation. “Late Tuesday” is attributed to The Moscow Times, and one source’s year is marked as inferred.',
      why: 'Reviewers reading the translations back into English found places where our wording went further than the sources, or did not say whose words it used.',
    },
    {
      id: 'editions',
      date: '2026-12-03',
      kind: 'update',
      editions: ['ru', 'uz-Latn'],
      what: 'Russian and Uzbek editions added.',
      why: 'So that readers can follow the case in Russian and Uzbek. Each translation was read back into English by a reviewer who had not seen the English, and corrected where it differed.',
      factsFingerprint: 'd83853cc',
    },
    {
      id: 'graphics',
      date: '2026-12-03',
      kind: 'update',
      what: 'The timeline follows each part of the story, in three lanes (the law and the courts, Memorial, his own case), with a note on what each part shows. The term is drawn against his whole life, with his time in custody up to September 2025.',
      why: 'So that the events each part describes can be told apart on the chart, and the reader can follow the three strands side by side, before and after 24 February 2022. No fact changed: each event now names its strand, and the page records the month its events run through.',
      factsFingerprint: '030616da',
    },
  ],
};

/** The latest entry of the record: the page's "Updated" day. */
export const latestUpdate = publication.updates[publication.updates.length - 1]!;
