/**
 * The full story's address, from inside a frame showing part of it (the embed, the card): this page
 * without its query (the mode, the beat, pym.js's and the hosts' parameters) or fragment, so no link
 * the story builds carries them.
 */
export function fullStoryHref(): string {
  if (typeof window === 'undefined') return '/';
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}
