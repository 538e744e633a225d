/** Text of the "Embed this story" panel: its heading, the three snippets' notes and the copy button. */
export const embedCopy = {
  heading: 'Embed this story',
  intro:
    'Newsrooms may embed this story in their own pages. Each option keeps a plain link to the story inside the embed for readers without JavaScript.',
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
} as const;
