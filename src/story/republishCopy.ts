/** Text of the "Republish this story" panel, and the lines it adds around the story's text. */
export const republishCopy = {
  heading: 'Republish this story',
  intro:
    'Newsrooms may republish the text of this story under its licence, {licence}. The HTML below holds the whole text with its credit line, its sources and a link to the original, in plain tags that content systems keep. Please publish it unchanged, and show the graphics with the embed code above.',
  needsScript: 'The HTML appears here when JavaScript is on.',
  copy: 'Copy HTML',
  copied: 'Copied',
  /** The republished text's first line under the headline. */
  originally: 'Originally published at {link}, with interactive graphics. Republished under {licence}.',
} as const;
