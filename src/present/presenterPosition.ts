import type { Beat } from '../story';

/**
 * Where a presentation is: the beat, and how many presses of its reveal are shown (0-based: 0 is
 * the first step; a beat revealed all at once has only step 0).
 */
export interface PresenterPosition {
  index: number;
  reveal: number;
}

/** What moving through the slides needs to know of a beat. */
export type PresenterBeat = Pick<Beat, 'id' | 'revealSteps'>;

const lastStep = (beat: PresenterBeat | undefined) => (beat?.revealSteps ?? 1) - 1;
const clampIndex = (beats: readonly PresenterBeat[], index: number) => Math.min(beats.length - 1, Math.max(0, index));

/**
 * Arriving at a beat, by any way (next, a click, a typed name, a link, back and forward): its first
 * step, so a slow reveal always starts from the bars, as a teacher's link to the slide expects.
 */
export function arriveAt(beats: readonly PresenterBeat[], index: number): PresenterPosition {
  return { index: clampIndex(beats, index), reveal: 0 };
}

/** Next: the next step of this beat's reveal, else the next beat; the last step of the last beat stays. */
export function nextPosition(beats: readonly PresenterBeat[], { index, reveal }: PresenterPosition): PresenterPosition {
  if (reveal < lastStep(beats[index])) return { index, reveal: reveal + 1 };
  if (index >= beats.length - 1) return { index, reveal };
  return arriveAt(beats, index + 1);
}

/**
 * Previous: the beat before, shown whole (a teacher stepping back wants the slide as it ended, not
 * its reveal again); the first beat stays, shown whole.
 */
export function previousPosition(beats: readonly PresenterBeat[], { index }: PresenterPosition): PresenterPosition {
  const before = clampIndex(beats, index - 1);
  return { index: before, reveal: lastStep(beats[before]) };
}

/** A beat asked for by number (1-based) or by id: its index, or -1 when there is none. */
export function askedIndex(beats: readonly PresenterBeat[], asked: string): number {
  const text = asked.trim();
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return number >= 1 && number <= beats.length ? number - 1 : -1;
  }
  return beats.findIndex((beat) => beat.id === text);
}

/** Reads a URL fragment (`#verdict`): the beat's index, the unknown text, or null for none. */
export function indexFromHash(beats: readonly PresenterBeat[], hash: string): { index: number } | { unknown: string } | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  const index = beats.findIndex((beat) => beat.id === raw);
  return index >= 0 ? { index } : { unknown: raw };
}

/** True when `position` is a place this story has: a beat, and a step of its reveal. */
export function isPosition(beats: readonly PresenterBeat[], position: { index: unknown; reveal: unknown }): position is PresenterPosition {
  const { index, reveal } = position;
  return (
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) < beats.length &&
    Number.isInteger(reveal) &&
    (reveal as number) >= 0 &&
    (reveal as number) <= lastStep(beats[index as number])
  );
}
