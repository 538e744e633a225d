import type { Beat, Scene } from '../story';

/** The beat with this id, or undefined: for ids that come from outside (a URL, a host's message). */
export function findBeat<B extends Pick<Beat, 'id'>>(beats: readonly B[], id: unknown): B | undefined {
  return typeof id === 'string' ? beats.find((beat) => beat.id === id) : undefined;
}

/** The beat's place in reading order, or -1 for an id the story does not have. */
export function beatIndex(beats: readonly Pick<Beat, 'id'>[], id: unknown): number {
  return typeof id === 'string' ? beats.findIndex((beat) => beat.id === id) : -1;
}

type SceneOf<K extends Scene['kind']> = Extract<Scene, { kind: K }>;

/**
 * The scene of this kind to hold while the beat at `index` shows the other graphic: the nearest one at
 * or before it in reading order (or the first after it, for a beat before any such scene); null when
 * the story has none. The hidden chart stays mounted in this state, so it is already in place when it
 * fades back in. Reading forward, that is the state the reader last saw it in, and a beat change never
 * re-draws a chart nobody sees; reading backward, a hidden chart can still change, to the state of
 * the beats before.
 */
export function heldScene<K extends Scene['kind']>(beats: readonly Pick<Beat, 'scene'>[], index: number, kind: K): SceneOf<K> | null {
  return (heldBeat(beats, index, kind)?.scene as SceneOf<K> | undefined) ?? null;
}

/** The beat whose scene {@link heldScene} holds: a scene's words (its note) are the beat's. */
export function heldBeat<B extends Pick<Beat, 'scene'>>(beats: readonly B[], index: number, kind: Scene['kind']): B | null {
  const before = beats.slice(0, index + 1).reverse();
  const after = beats.slice(index + 1);
  return [...before, ...after].find((beat) => beat.scene.kind === kind) ?? null;
}
