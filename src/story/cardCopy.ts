/**
 * Text of the compact card a content system embeds (one part of the story at a time, with its
 * graphic), and of the share page each part has for links on social networks and messengers.
 */
export const cardCopy = {
  position: 'Part {n} of {total}',
  parts: 'Parts of the story',
  openInStory: 'Read this part in the full story',
} as const;
