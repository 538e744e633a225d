import type { Paragraph } from './types.ts';

/** The accessibility statement: what was tested, how, and what is known not to work yet. */
export const accessibilityStatement: { heading: string; sections: readonly { heading: string; body: readonly Paragraph[] }[] } = {
  heading: 'Accessibility',
  sections: [
    {
      heading: 'What we aim for',
      body: [
        [
          'This page aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, and to pass the critical Chartability heuristics for its charts. Every fact, number and date in the graphics is also in the text and in the data tables, so nothing depends on seeing the charts.',
        ],
      ],
    },
    {
      heading: 'How to read it your way',
      body: [
        [
          'A “Skip to the data tables” link is the first thing on the page. “Read without scrolling effects” shows every beat with its own graphic and no sticky graphic. “Reduce motion” stops all animation, as does your system’s reduced-motion setting. Previous and next buttons under each beat move between them.',
        ],
        [
          'The timeline takes one Tab stop. There, the left and right arrow keys, Home and End move between the events shown and show each event’s details; Escape hides them. Everywhere else the arrow keys and the space bar scroll the page as usual.',
        ],
      ],
    },
    {
      heading: 'How it was tested',
      body: [
        [
          'Automated tests run on every change in Chromium: axe-core checks for WCAG 2.2 A and AA and best practice, with the target-size rule, on first load, with each beat active, in article mode, in the dark theme, with reduced motion, with forced colours, at 320 by 256 pixels and at 400% zoom. Further tests compute the contrast of chart text and marks from the rendered colours, check that nothing scrolls sideways at 320 pixels or at 400% zoom, apply the WCAG text-spacing overrides, tab through the whole page to check the pinned graphic never hides the focused element, and check that the accessibility tree holds every beat’s text before any scrolling.',
        ],
      ],
    },
    {
      heading: 'Known limits',
      body: [
        [
          'The page has not yet been tested by people using screen readers (NVDA, JAWS, VoiceOver, TalkBack) or switch access; automated checks cannot confirm how it sounds or how easy it is to use that way. The timeline reads its picked event aloud through a polite live region while it has focus; some screen readers in browse mode need their focus mode for the arrow keys to reach it. The charts themselves are hidden from assistive technology: their content is in the text, the event lists and the tables.',
        ],
      ],
    },
  ],
};
