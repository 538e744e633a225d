import type { EditionBeat } from '../story';

/** The beat whose graphic the story's own card draws: the first showing the sentence, else the first. */
export function storyCardBeat<B extends Pick<EditionBeat, 'scene'>>(beats: readonly B[]): B {
  const beat = beats.find((b) => b.scene.kind === 'sentence') ?? beats[0];
  if (!beat) throw new Error('A story with no beats has no card');
  return beat;
}
