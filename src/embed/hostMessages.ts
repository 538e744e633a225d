/**
 * The messages an embedded story exchanges with its host page, in the three dialects hosts speak:
 * our own versioned JSON (`khamroyev:*`), pym.js strings (`pymxPYMx{id}xPYMx{type}xPYMx{body}`) and
 * AMP's `embed-size`. Parsing is defensive: anything that is not exactly a known message is ignored.
 */

/** Our protocol's version; a host speaking another version is ignored. */
export const PROTOCOL_VERSION = 1;
const PREFIX = 'khamroyev:';
/** Longest message string we look at; pym messages are short. */
const MAX_STRING = 512;

/** A message from the host that the story acts on. */
export type HostMessage =
  | { kind: 'host'; sticky: boolean }
  | { kind: 'scroll'; offset: number }
  | { kind: 'pym-width'; width: number }
  /** pym.js: the host's viewport size and the frame's box in it, in host px. */
  | { kind: 'pym-position'; viewportHeight: number; frameTop: number };

const finite = (value: unknown, max = 1e7): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= max;

/** Reads a host message, or null for anything else. `childId` is the id pym gave this frame, if any. */
export function parseHostMessage(data: unknown, childId: string | null): HostMessage | null {
  if (typeof data === 'string') {
    if (!childId || data.length > MAX_STRING) return null;
    const parts = data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
    if (parts[2] === 'width') {
      const width = Number(parts[3]);
      return finite(width) && width >= 0 ? { kind: 'pym-width', width } : null;
    }
    if (parts[2] === 'viewport-iframe-position') {
      const numbers = parts[3]!.split(' ').map(Number);
      const [, viewportHeight, frameTop] = numbers;
      return numbers.length === 6 && numbers.every((n) => finite(n)) && viewportHeight! > 0
        ? { kind: 'pym-position', viewportHeight: viewportHeight!, frameTop: frameTop! }
        : null;
    }
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.version !== PROTOCOL_VERSION || typeof message.type !== 'string') return null;
  if (message.type === `${PREFIX}host` && typeof message.sticky === 'boolean') return { kind: 'host', sticky: message.sticky };
  if (message.type === `${PREFIX}scroll` && finite(message.offset) && message.offset >= 0)
    return { kind: 'scroll', offset: message.offset };
  return null;
}

/** Our own messages to the host. */
export const storyMessage = {
  hello: () => ({ type: `${PREFIX}hello`, version: PROTOCOL_VERSION }),
  height: (height: number) => ({ type: `${PREFIX}height`, version: PROTOCOL_VERSION, height }),
  step: (step: string) => ({ type: `${PREFIX}step`, version: PROTOCOL_VERSION, step }),
  scrollTo: (offset: number) => ({ type: `${PREFIX}scroll-to`, version: PROTOCOL_VERSION, offset }),
};

/** A pym.js message string: `pymxPYMx{id}xPYMx{type}xPYMx{body}`. */
export const pymMessage = (childId: string, type: string, body = '') => ['pym', childId, type, body].join('xPYMx');

/** pym.js: ask the parent where the frame is (every pym parent answers). */
export const pymPositionRequest = (childId: string) => pymMessage(childId, 'parentPositionInfo');

/** pym.js: ask the parent to scroll so that this offset in the frame is at the top of its screen. */
export const pymScrollTo = (childId: string, offset: number) =>
  pymMessage(childId, 'scrollToChildPos', String(Math.max(0, Math.round(offset))));

/** The height in every dialect: pym (when pym gave us an id), AMP, and ours. */
export function heightMessages(height: number, childId: string | null): unknown[] {
  const messages: unknown[] = [{ sentinel: 'amp', type: 'embed-size', height }, storyMessage.height(height)];
  if (childId) messages.unshift(pymMessage(childId, 'height', String(height)));
  return messages;
}

/** The id pym.js put in the frame's query string, if it is a plausible one. */
export function readChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}
