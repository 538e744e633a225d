/**
 * Host origins the embed listens to. Empty means any host: every message is still checked to come
 * from the frame's own parent and to match the protocol. A newsroom can pin its own origins at build
 * time with VITE_EMBED_ALLOWED_ORIGINS (comma-separated).
 */
const configured: string = import.meta.env?.VITE_EMBED_ALLOWED_ORIGINS ?? '';
export const allowedOrigins: readonly string[] = configured
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

/** True when messages from `origin` may be acted on. */
export function isAllowedOrigin(origin: string, allowlist: readonly string[] = allowedOrigins): boolean {
  return allowlist.length === 0 || allowlist.includes(origin);
}
