import type { BeatId } from './beatIds.ts';

/**
 * What a teacher might point out or ask at each beat, for the presenter's notes window. The notes
 * add no facts: they point to what the beat and its sources already say.
 */
export const teacherNotes = {
  intro:
    'Introduce him as the sources do: a migrants’ rights defender and a member of Memorial. Note the two spellings of his name (Khamroyev, Khamroev). Ask: what do we know, and from whom?',
  'ban-2003':
    'The ban on Hizb ut-Tahrir came in 2003, long before this case; Article 205.5 came in 2013; his second charge, added in October 2022, was brought under it. The group says it rejects violence; Forum 18 reports that the sincerity of that rejection has been strongly questioned. Other countries ban it too: the UK proscribed the group in January 2024, and Türkiye, Egypt and Saudi Arabia ban it.',
  'memorial-liquidated':
    'Two court orders in December 2021, which took effect only in 2022. Ask the class to find on the timeline which came first: the rulings taking effect, or his detention.',
  detained: 'Detained on 24 February 2022, the day of the full-scale invasion. At first the charge carried up to seven years.',
  posts:
    'The six posts are the FSB’s account. Ask: which sentences on this slide are allegations, and whose? Which are facts the sources agree on?',
  'new-charge':
    'A second charge added in October 2022. Note the careful wording: “organising the activities of”, not “leading”. The legal-aid episodes Memorial mentions were dropped before the verdict, Advokatskaya Ulitsa reports, so he was not convicted for them. The Nobel Prize came the same month; none of the sources we checked links the two. The corrections slide comes back to the charge.',
  verdict:
    'Use the three-step reveal: show the bars first and ask the class to estimate the two terms, then show the figures, then the takeaway. The 7-year difference is our calculation.',
  appeal: 'Three months came off on appeal: 13 years 9 months. Also on this slide: the beating in prison and the Supreme Court ruling.',
  arctic: 'Where a date is uncertain, the story says so: 7 or 8 June 2025. Ask why a reporter would show both dates rather than pick one.',
  'what-it-means':
    'His age at detention, 58, is reported (Mediazona). The end date and his age then are our calculation, with its assumption stated. Ask: what would change the end date, and why is no official date given?',
  corrections:
    'Media literacy: compare the rewritten report with the sources, line by line. It copies The Moscow Times almost word for word, and its text also appears on at least one other site. How did it drift from its source?',
  sources: 'Show how each fact links to its source. Ask the class to pick one fact and follow it to the source list.',
} as const satisfies Record<BeatId, string>;
