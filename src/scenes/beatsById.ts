import { beats, type Beat, type BeatId, type Scene } from '../story';

/** Each beat by its id. */
export const beatsById = new Map<BeatId, Beat>(beats.map((beat) => [beat.id, beat]));

/** The beat with this id; every BeatId has one (the story is validated at build time). */
export function beatFor(id: BeatId): Beat {
  const beat = beatsById.get(id);
  if (!beat) throw new Error(`No beat with id ${id}`);
  return beat;
}

type TimelineScene = Extract<Scene, { kind: 'timeline' }>;

/**
 * The timeline scene to hold while a beat shows another graphic: the nearest timeline scene before
 * it (or after it, for a story that opened on another graphic). The timeline stays mounted and keeps
 * this state, so it is already in place when it fades back in.
 */
export function heldTimelineScene(id: BeatId): TimelineScene {
  const index = beats.findIndex((b) => b.id === id);
  const before = beats.slice(0, index + 1).reverse();
  const after = beats.slice(index + 1);
  const found = [...before, ...after].find((b) => b.scene.kind === 'timeline');
  if (!found || found.scene.kind !== 'timeline') throw new Error('The story has no timeline scene');
  return found.scene;
}
