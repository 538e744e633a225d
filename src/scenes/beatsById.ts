import { beats, type Beat, type BeatId, type Scene } from '../story';

/** Each beat by its id. */
export const beatsById = new Map<BeatId, Beat>(beats.map((beat) => [beat.id, beat]));

/** The beat with this id; every BeatId has one (the story is validated at build time). */
export function beatFor(id: BeatId): Beat {
  const beat = beatsById.get(id);
  if (!beat) throw new Error(`No beat with id ${id}`);
  return beat;
}

type SceneOf<K extends Scene['kind']> = Extract<Scene, { kind: K }>;

/**
 * The scene of this kind to hold while a beat shows the other graphic: the nearest one at or before
 * the beat in reading order (or the first after it, for a beat before any such scene). The hidden
 * chart stays mounted in this state, so it is already in place when it fades back in. Reading
 * forward, that is the state the reader last saw it in, and a beat change never re-draws a chart
 * nobody sees; reading backward, a hidden chart can still change, to the state of the beats before.
 */
export function heldScene<K extends Scene['kind']>(id: BeatId, kind: K): SceneOf<K> {
  const index = beats.findIndex((b) => b.id === id);
  const before = beats.slice(0, index + 1).reverse();
  const after = beats.slice(index + 1);
  const found = [...before, ...after].find((b) => b.scene.kind === kind);
  if (!found) throw new Error(`The story has no ${kind} scene`);
  return found.scene as SceneOf<K>;
}
