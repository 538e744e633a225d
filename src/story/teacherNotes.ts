import type { BeatId } from './beatIds.ts';

/**
 * What a teacher might point out or ask at each beat, for the presenter's notes window. The notes
 * add no facts: they point to what the beat and its sources already say.
 */
export const teacherNotes = {
  intro:
    'Introduce him as the sources do: a migrants’ rights defender and a member of Memorial. Note the two spellings of his name (Khamroyev, Khamroev). Ask: what do we know, and from whom?',
  'ban-2003':
    'The ban on Hizb ut-Tahrir came in 2003, long before this case; the article he was later charged under came in 2013. Point out that the group says it rejects violence and critics dispute that: two claims, both attributed.',
  'memorial-liquidated':
    'Two court orders in December 2021, which took effect only in 2022. Ask the class to find on the timeline which came first: the rulings taking effect, or his detention.',
  detained:
    'Detained on 24 February 2022, the day of the full-scale invasion. At first the charge carried up to seven years.',
  posts:
    'The six posts are the FSB’s account. Ask: which sentences on this slide are allegations, and whose? Which are facts the sources agree on?',
  'new-charge':
    'A second charge added in October 2022. Note the careful wording: “organising the activities of”, not “leading”. The corrections slide comes back to this.',
  verdict:
    'Use the three-step reveal: show the bars first and ask the class to estimate the two terms, then show the figures, then the takeaway. The 7-year difference is our calculation.',
  appeal:
    'Three months came off on appeal: 13 years 9 months. Also on this slide: the beating in prison and the Supreme Court ruling.',
  arctic:
    'Where a date is uncertain, the story says so: 7 or 8 June 2025. Ask why a reporter would show both dates rather than pick one.',
  'what-it-means':
    'Everything on this slide is our calculation, with its assumption stated. Ask: what would change the end date, and why is no official date given?',
  corrections:
    'Media literacy: compare the widely shared report with the sources, line by line. How did a rewritten report drift from its source?',
  sources:
    'Show how each fact links to its source. Ask the class to pick one fact and follow it to the source list.',
} as const satisfies Record<BeatId, string>;
