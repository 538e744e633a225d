/**
 * Text of presenter mode. The command labels are keyed by the presenter's command ids. Templates fill
 * their `{placeholders}` (src/lib/fill.ts), so a translation can place the values as its grammar wants.
 */
export const presentCopy = {
  label: 'Presenter mode',
  counter: '{n} / {total}',
  progressLabel: 'Parts of the story',
  slideAnnouncement: 'Slide {n} of {total}: {title}',
  revealAnnouncement: ['The bars, without figures', 'The figures', 'The takeaway'],
  helpTitle: 'Keyboard commands',
  overviewTitle: 'All parts of the story',
  gotoLabel: 'Go to part (number or name)',
  gotoButton: 'Go',
  close: 'Close',
  blackout: 'Screen blacked out. Press B, full stop or slash to return.',
  unknownBeat: 'There is no part called “{asked}”. Staying on “{current}”.',
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
  teacherKit: 'Teacher kit: lesson plan, vocabulary and printable handout',
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
