/**
 * The page modes this build serves:
 * - `scroll`: the scroll-driven article, the default (`/`, or `?mode=scroll` to insist);
 * - `article`: everything inline, no sticky graphic and no scroll triggers (`?mode=article`);
 * - `embed`: the page inside a newsroom's iframe (`?mode=embed`);
 * - `present`: classroom slides (`?mode=present`), and `notes`, the presenter's second window;
 * - `lesson`: the teacher kit, with the printable handout (`?mode=lesson`);
 * - `card`: the compact card a content system embeds from our oEmbed answer (`?mode=card`).
 * Any unknown value falls back to the default.
 */
const MODES = ['scroll', 'article', 'embed', 'present', 'notes', 'lesson', 'card'] as const;
export type Mode = (typeof MODES)[number];

const isMode = (value: string | null): value is Mode => (MODES as readonly (string | null)[]).includes(value);

/** Below this usable width or height (CSS px) the scroll-driven layout cannot work: article mode. */
export const MIN_SCROLLY_WIDTH = 320;
export const MIN_SCROLLY_HEIGHT = 500;

/**
 * The mode a query string asks for. Without an explicit, known mode, a viewport too narrow (high
 * zoom) or too short (a landscape phone) for a sticky graphic gets article mode. Anything odd,
 * repeated or hostile gives the default.
 */
export function readMode(search: string, viewport?: { width: number; height: number }): Mode {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get('mode');
  } catch {
    value = null;
  }
  if (isMode(value)) return value;
  if (viewport && (viewport.width < MIN_SCROLLY_WIDTH || viewport.height < MIN_SCROLLY_HEIGHT)) return 'article';
  return 'scroll';
}

/**
 * Whether a query string asks for a page drawn by script: a known mode other than the scroll story.
 * The page's first script reads this much (src/boot/pageStart.ts); the viewport's say is the app's.
 */
export function asksForScriptDrawnPage(search: string): boolean {
  const mode = new URLSearchParams(search).get('mode');
  return mode !== 'scroll' && isMode(mode);
}
