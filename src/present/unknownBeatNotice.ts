import { fill } from '../lib/fill';

/** Longest part of a reader's request the notice repeats: the notice stays one short line. */
const ASKED_MAX = 40;

/**
 * The notice for a part the story does not have, from the edition's template: the one place the
 * page repeats what a reader typed, cut short, and always rendered as text.
 */
export function unknownBeatNotice(template: string, asked: string, current: string): string {
  return fill(template, { asked: asked.slice(0, ASKED_MAX), current });
}
