/** Text of the page's furniture: labels, table headings, navigation. */
export const uiCopy = {
  kicker: 'Human rights · Russia',
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
  embed: {
    heading: 'Embed this story',
    intro: 'Newsrooms may embed this story in their own pages. Each option keeps a plain link to the story inside the embed for readers without JavaScript.',
    needsScript: 'The embed code appears here when JavaScript is on.',
    copy: 'Copy code',
    copied: 'Copied',
    snippets: {
      loader: {
        heading: 'Recommended: our loader',
        note: 'Keeps the scroll-driven story working on any page: the graphic stays pinned while your page scrolls.',
      },
      pym: {
        heading: 'pym.js',
        note: 'For content systems that already use pym.js (version 1). With scroll tracking on, the story stays scroll-driven.',
      },
      iframe: {
        heading: 'Plain iframe',
        note: 'For hosts that allow no scripts. The story shows each part with its graphic, one after another.',
      },
    },
  },
  embedCredit: 'Based on reporting by The Moscow Times, Mediazona, Current Time, OVD-Info, Front Line Defenders and Memorial.',
  readFullStory: 'Read the full story, with sources',
  footer:
    'This explainer is built from a fact sheet that checks every claim against its sources. Allegations by the FSB and prosecutors are marked as such; our own calculations are labelled.',
} as const;

/** Text of presenter mode. The command labels are keyed by the presenter's command ids. */
export const presentCopy = {
  label: 'Presenter mode',
  counter: (n: number, total: number) => `${n} / ${total}`,
  progressLabel: 'Parts of the story',
  slideAnnouncement: (n: number, total: number, title: string) => `Slide ${n} of ${total}: ${title}`,
  revealAnnouncement: ['The bars, without figures', 'The figures', 'The takeaway'] as const,
  helpTitle: 'Keyboard commands',
  overviewTitle: 'All parts of the story',
  gotoLabel: 'Go to part (number or name)',
  gotoButton: 'Go',
  close: 'Close',
  blackout: 'Screen blacked out. Press B, full stop or slash to return.',
  unknownBeat: (asked: string, current: string) => `There is no part called “${asked.slice(0, 40)}”. Staying on “${current}”.`,
  commands: {
    next: 'Next part, or the next step of a reveal',
    previous: 'Previous part',
    first: 'First part',
    last: 'Last part',
    blackout: 'Black out the screen, and back',
    fullscreen: 'Full screen, and back',
    overview: 'Overview of all parts',
    goto: 'Go to a part',
    notes: 'Open the presenter notes in a second window',
    help: 'This help',
  },
} as const;

/** Text of the presenter's notes window. */
export const notesCopy = {
  label: 'Presenter notes',
  current: 'Now',
  next: 'Next',
  notes: 'Notes',
  end: 'End of the story',
  timer: 'Time',
  pause: 'Pause timer',
  resume: 'Resume timer',
  reset: 'Reset timer',
  openNotes: 'Open presenter notes',
  blocked: 'The browser blocked the notes window.',
  openByHand: 'Open the notes by hand',
} as const;
