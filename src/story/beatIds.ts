/**
 * The beats in reading order. These ids are public: they appear in URLs (`#verdict`, `?step=verdict`)
 * and tests rely on them, so they never change.
 */
export const BEAT_IDS = [
  'intro',
  'ban-2003',
  'memorial-liquidated',
  'detained',
  'posts',
  'new-charge',
  'verdict',
  'appeal',
  'arctic',
  'what-it-means',
  'corrections',
  'sources',
] as const;

export type BeatId = (typeof BEAT_IDS)[number];

/** True when `value` is one of the story's beat ids. */
export function isBeatId(value: unknown): value is BeatId {
  return typeof value === 'string' && (BEAT_IDS as readonly string[]).includes(value);
}
