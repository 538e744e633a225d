/** Text of the page's furniture: labels, table headings, navigation. */
export const uiCopy = {
  kicker: 'Human rights · Russia',
  updatedPrefix: 'Updated',
  sourcesLabel: 'Sources:',
  dataHeading: 'The data behind the graphics',
  methodHeading: 'How we checked',
  sourcesHeading: 'Sources',
  skipToData: 'Skip to the data tables',
  numbersLink: 'The numbers in a table',
  numbersSummary: 'The numbers in this graphic',
  sentenceRows: {
    requested: 'Requested by prosecutors',
    imposed: 'Imposed on 23 May 2023',
    prisonPart: 'of which in a prison',
    colonyPart: 'of which in a strict-regime colony',
    afterAppeal: 'After appeal, October 2023',
    websiteBan: 'Also imposed',
    difference: 'Imposed compared with requested (our calculation)',
    differenceValue: '7 years less: two-thirds of the request',
  },
  corrections: {
    caption: 'The report’s wording and what the sources say',
    reportSaid: 'The report said',
    sourcesSay: 'What the sources say',
  },
  footer:
    'This explainer is built from a fact sheet that checks every claim against its sources. Allegations by the FSB and prosecutors are marked as such; our own calculations are labelled.',
} as const;
