import { latestUpdate } from './publication.ts';
import type { Paragraph, StoryMeta } from './types.ts';

/** Headline matter. */
export const meta: StoryMeta = {
  pageTitle: 'A terrorism case over Facebook posts, and a 14-year sentence: the case of Bakhrom Khamroyev',
  description:
    'Bakhrom Khamroyev, a migrants’ rights defender and member of Memorial, was detained in Moscow on 24 February 2022. Prosecutors asked for 21 years; a military court imposed 14.',
  kicker: 'Human rights · Russia',
  headline: 'A terrorism case over Facebook posts, and a 14-year sentence',
  dek: 'Bakhrom Khamroyev, a migrants’ rights defender and member of the Memorial Human Rights Centre, was detained in Moscow on the day Russia launched its full-scale invasion of Ukraine. The FSB says his first charge rested on six Facebook posts; a second, graver charge followed. Prosecutors asked for 21 years. A military court imposed 14.',
  credit:
    'Based on reporting by The Moscow Times, Mediazona, Current Time, OVD-Info, Front Line Defenders and Memorial, checked against other news reports, the texts of the Criminal Code, Memorial’s political-prisoner case record, a UN summary, human rights groups’ own statements, reference works and a UK government notice. The verdict’s own text was not available to us.',
  updated: latestUpdate.date,
  coverage: 'Events through September 2025',
  eventsThrough: '2025-09',
  leadGraphic: 'verdict',
  embedCredit: 'Based on reporting by The Moscow Times, Mediazona, Current Time, OVD-Info, Front Line Defenders and Memorial.',
  reportLang: 'en',
  footer:
    'This explainer is built from a fact sheet that checks every claim against its sources. Allegations by the FSB and prosecutors are marked as such; our own calculations are labelled.',
};

/** How the facts were checked: shown above the list of sources. */
export const method: readonly Paragraph[] = [
  [
    'Every date, number and name on this page comes from a fact sheet that checked an English report of the verdict, a near word-for-word rewrite of The Moscow Times’ report, against the sources listed below. Sources were read from archived copies of public pages; a page’s date is given only where the archived copy shows one.',
  ],
  [
    'We keep three kinds of statement apart. What courts decided and what the sources agree happened is written as fact. What the FSB, investigators or prosecutors claim is written as their allegation. What we worked out ourselves, such as ages and the possible end of the term, is labelled as our calculation, with its assumptions.',
  ],
  [
    'Where sources disagree, we say so: the exact day of the appeal ruling, the day he left Vladimir Central, and which part of Article 205.5 the verdict used. A date known only to the month is shown as a month. Where a source was read from a mirror site, we link the original page when its address is plain, and otherwise name the outlet and date without a link.',
  ],
];
