/**
 * WordPress's protocol for an embedded page from a provider it does not know: it frames the oEmbed
 * `html` in an iframe sandboxed to scripts (no pop-ups, no navigating the page), appends
 * `#?secret=<random>` to the frame's address, and sizes the frame only from messages
 * `{ secret, message: 'height', value }` whose secret is the frame's, at most 1000 px and at least
 * 200. A frame asks it to follow a link with `{ secret, message: 'link', value }`, which it does for
 * an address on the frame's own host, when the frame has focus (the reader clicked in it). It sends
 * the frame `{ secret, message: 'ready' }` when its own script runs. Pure: strings and records in
 * and out.
 */

/** The secret WordPress wrote into the frame's address (`#?secret=abc123`), or null. */
export function readSecret(hash: string): string | null {
  const match = /^#\?(.*)$/.exec(hash);
  if (!match) return null;
  let secret: string | null;
  try {
    secret = new URLSearchParams(match[1]).get('secret');
  } catch {
    return null;
  }
  // WordPress writes ten letters and digits; anything else is not its secret.
  return secret && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

/** The message that asks the host to make the frame `height` px tall. */
export const heightMessage = (secret: string, height: number) => ({ secret, message: 'height' as const, value: Math.ceil(height) });

/** The message that asks the host to open `href` in its own window. */
export const linkMessage = (secret: string, href: string) => ({ secret, message: 'link' as const, value: href });

/** Whether a message from the host asks for a height: WordPress's `ready`, with the frame's secret. */
export function asksForHeight(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: theirs } = data as Record<string, unknown>;
  return message === 'ready' && theirs === secret;
}
