import type { Correction } from './types.ts';

/**
 * Where the English report this page checks (`shared/story/report.txt`, a near word-for-word rewrite of
 * The Moscow Times' report of 24 May 2023, whose text also appears on The Republican Interest) is wrong, and what the sources say (fact sheet §3). The report's words are
 * quoted only here, each beside its correction.
 */
export const corrections: readonly Correction[] = [
  {
    id: 'court-name',
    reportWording: 'Moscow’s Second Western Military Garrison Court',
    correction: [
      'The 2nd Western District Military Court, formerly the Moscow District Military Court. Garrison courts are the lower tier that tries servicemen; district military courts hear terrorism cases at first instance.',
    ],
    sources: ['S03', 'S17', 'S22', 'S47', 'S48', 'S67'],
  },
  {
    id: 'regime',
    reportWording: 'a maximum-security penal colony',
    correction: [
      'A strict-regime colony (',
      { ru: 'колония строгого режима' },
      '), with the first 3 years in a prison. Russia’s harshest colony regime is “special”, not strict.',
    ],
    sources: ['S03', 'S19', 'S11', 'S52'],
  },
  {
    id: 'leading',
    reportWording: 'the charges against Khamroyev were modified last fall to leading a terrorist organization',
    correction: [
      'Not a replacement: a new, additional charge became known on 17 October 2022 and the first charge stayed. It was “organising the activities” of a terrorist organisation; the article has no offence of “leading”. Memorial’s political-prisoner project records the conviction as participation.',
    ],
    sources: ['S09', 'S03', 'S05', 'S22'],
  },
  {
    id: 'disbandment',
    reportWording: 'the organization was ordered to disband in 2021',
    correction: [
      'The liquidation rulings of 28 and 29 December 2021 took legal effect only on 28 February 2022 (International Memorial) and 5 April 2022 (the Human Rights Centre). He was detained on 24 February 2022, before either took effect.',
    ],
    sources: ['S37', 'S38', 'S39', 'S40', 'S41'],
  },
  {
    id: 'tuesday',
    reportWording: 'A shocking verdict was reached on Tuesday',
    correction: [
      'The verdict was on Tuesday 23 May 2023. The Moscow Times wrote “late Tuesday”; the report kept only the weekday and dropped the date.',
    ],
    sources: ['S01', 'S11', 'S17', 'S22'],
  },
  {
    id: 'associated',
    reportWording: 'Previously associated with Memorial, a Nobel Peace Prize-winning civil rights group',
    correction: [
      'He was a member of the Memorial Human Rights Centre until its liquidation in April 2022. Memorial won the Nobel Peace Prize on 7 October 2022, after his detention, not before it.',
    ],
    sources: ['S05', 'S14', 'S43'],
  },
  {
    id: 'raids',
    reportWording: 'Khamroyev had faced ongoing police raids',
    correction: [
      'The Moscow Times said Memorial’s members were regularly subjected to police raids. Documented searches tied to him: his flat in 2016 and on 24 February 2022, and Memorial’s offices on 4 March 2022.',
    ],
    sources: ['S01', 'S60', 'S12', 'S11', 'S31'],
  },
  {
    id: 'oldest',
    reportWording: 'Russia’s oldest human rights organization',
    correction: [
      'Disputed: Meduza and others call the Moscow Helsinki Group, founded in 1976, Russia’s oldest. Memorial is one of Russia’s best-known human rights groups.',
    ],
    sources: ['S59', 'S56', 'S43'],
  },
  {
    id: 'twitter',
    reportWording: 'Memorial took to Twitter to express its disappointment and concern',
    correction: [
      'The Moscow Times says only that Memorial reported the sentence on Twitter. “Disappointment and concern” is the rewriter’s addition.',
    ],
    sources: ['S01'],
  },
];
