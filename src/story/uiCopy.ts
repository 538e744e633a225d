/** Text of the page's furniture: labels, table headings, navigation. */
export const uiCopy = {
  updatedPrefix: 'Updated',
  sourcesLabel: 'Sources:',
  dataHeading: 'The data behind the graphics',
  methodHeading: 'How we checked',
  sourcesHeading: 'Sources',
  alsoPage: 'page',
  skipToData: 'Skip to the data tables',
  controlsLabel: 'Reading options',
  toArticleMode: 'Read without scrolling effects',
  toScrollMode: 'Read as a scrolling story',
  reduceMotion: 'Reduce motion',
  previousBeat: 'Previous',
  nextBeat: 'Next',
  numbersLink: 'The numbers in a table',
  chartFailed: 'This chart could not be drawn. The text and the table of numbers give the same facts.',
  numbersSummary: 'The numbers in this graphic',
  correctionsTable: {
    caption: 'The report’s wording and what the sources say',
    reportSaid: 'The report said',
    sourcesSay: 'What the sources say',
  },
  readFullStory: 'Read the full story, with sources',
  teacherKit: 'Teaching this story?',
  teacherKitNote:
    'The teacher kit has a 45-minute lesson plan, vocabulary, discussion questions, a printable handout and a copy that works offline.',
} as const;
