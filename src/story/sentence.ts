import type { SentenceCopy, SentenceFigures, TermCalculation } from './sentenceTypes.ts';

/** The sentence in months, as the sources give it (fact sheet §2, "Key numbers"). */
export const sentence: SentenceFigures = {
  requested: {
    months: 21 * 12,
    label: '21 years',
    status: 'established',
    sources: ['S21', 'S20', 'S11', 'S01'],
  },
  imposed: {
    months: 14 * 12,
    label: '14 years',
    status: 'established',
    sources: ['S03', 'S11', 'S17', 'S22'],
  },
  prisonPart: {
    months: 3 * 12,
    label: '3 years in a prison',
    status: 'established',
    sources: ['S03', 'S19'],
  },
  colonyPart: {
    months: 11 * 12,
    label: '11 years in a strict-regime colony',
    status: 'established',
    sources: ['S03', 'S11'],
  },
  afterAppeal: {
    months: 13 * 12 + 9,
    label: '13 years 9 months',
    note: 'The sources give only the new total. Whether the first 3 years in a prison still stand has not been reported.',
    status: 'established',
    sources: ['S05', 'S10', 'S23', 'S30'],
  },
  websiteBan: {
    months: 4 * 12,
    label: '4-year ban on administering websites',
    status: 'established',
    sources: ['S03', 'S11'],
  },
};

/**
 * What our "what it means" calculation rests on (fact sheet §2, derived arithmetic). The start of the
 * term, how custody was credited and the release date were not reported, so every figure derived from
 * this is labelled as our calculation.
 */
export const term: TermCalculation = {
  born: '1963-10-12',
  termStart: '2022-02-24',
  termMonths: 13 * 12 + 9,
  originalTermMonths: 14 * 12,
  assumption:
    'Our calculation assumes the term runs from his detention on 24 February 2022, with time in custody counted day for day. The official start date, how custody was credited and the release date have not been reported.',
  sources: ['S05', 'S07', 'S23'],
};

/** The words of the sentence chart and its table. */
export const sentenceCopy: SentenceCopy = {
  chart: {
    requested: 'Asked by prosecutors',
    imposed: 'Imposed by the court',
    afterAppeal: 'After appeal',
    prisonPart: 'first 3 years in a prison',
    colonyPart: 'then a strict-regime colony',
    totalOnly: 'the sources give only the new total, not its split',
    gap: '7 years less (our calculation)',
    yearsTick: '{years}',
    lifetimeBorn: 'Born in 1963',
    lifetimeStart: 'Detained at 58',
    lifetimeCustody: 'Still in custody in September 2025',
    lifetimeEnd: 'About 72 (our calculation)',
    ageTick: 'age {n}',
    lifetimeBar: 'Term after appeal, 13 years 9 months',
  },
  guide: {
    years: 'One scale in years. Hatched: asked by prosecutors. Solid: imposed, darker for the years in a prison.',
    lifetime:
      'His age, from birth: the years before his detention, his time in custody as of September 2025, and the rest of the term, hatched (our calculation).',
  },
  rows: {
    requested: 'Requested by prosecutors',
    imposed: 'Imposed on 23 May 2023',
    prisonPart: 'of which in a prison',
    colonyPart: 'of which in a strict-regime colony',
    afterAppeal: 'After appeal, October 2023',
    websiteBan: 'Also imposed',
    difference: 'Imposed compared with requested (our calculation)',
    differenceValue: '7 years less: two-thirds of the request',
  },
};
