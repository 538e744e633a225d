/**
 * The page modes this build serves. `scroll` is the default scroll-driven article (`/`);
 * `article` is everything inline (`?mode=article`). Modes still to come (present, embed) and any
 * unknown value fall back to the article.
 */
export type Mode = 'scroll' | 'article';

/** The mode a query string asks for; anything unknown, repeated or odd gives the default. */
export function readMode(search: string): Mode {
  let value: string | null = null;
  try {
    value = new URLSearchParams(search).get('mode');
  } catch {
    return 'scroll';
  }
  return value === 'article' ? 'article' : 'scroll';
}
