/**
 * WordPress's protocol for an embedded page from a provider it does not know: it frames the oEmbed
 * `html` in an iframe sandboxed to scripts, appends `#?secret=<random>` to the frame's address, and
 * sizes the frame only from messages `{ secret, message: 'height', value }` whose secret is the
 * frame's, at most 1000 px and at least 200. It also sends the frame `{ secret, message: 'ready' }`
 * once its own script runs, asking for a height. Pure: strings and records in and out.
 */

/** WordPress caps a frame's height at this, in px: the card view is designed never to need more. */
export const WORDPRESS_MAX_HEIGHT = 1000;

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

/** Whether a message from the host asks for a height: WordPress's `ready`, with the frame's secret. */
export function asksForHeight(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { message, secret: theirs } = data as Record<string, unknown>;
  return message === 'ready' && theirs === secret;
}
