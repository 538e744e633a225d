/** One line under the timeline on how to read it. (The sentence chart's is the story's: see `SentenceCopy`.) */
export const howToRead = {
  timeline: 'Dots: dates known to the day. Bars: known only to the month or year. Dashed: our calculation.',
} as const;

/** Words of the interactive timeline. */
export const timelineText = {
  name: 'Timeline of events',
  keys: 'Use the left and right arrow keys, Home and End to move between the events shown; Escape hides the details.',
  focusNote: 'This part of the story is about this event.',
} as const;

/** Text of the chart's data tables. */
export const tableCopy = {
  timelineCaption: 'Timeline of the case: every dated event on this page',
  sentenceCaption: 'The sentence: requested, imposed and after appeal',
  dateHeading: 'Date',
  event: 'What happened',
  statusHeading: 'Status',
  sourcesHeading: 'Sources',
  figure: 'Figure',
  term: 'Term',
  statusNames: { established: 'Established', alleged: 'Alleged', 'single-source': 'Reported by one source', calculated: 'Our calculation' },
} as const;
