import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../scripts/sourceFiles.mjs';
import { story } from '../../src/story';
import { fixtureStory } from '../fixtures/story/story';

/**
 * The engine knows no story: outside `src/story/`, no code names a beat or an event of this case or
 * of the fictional test story, and none reaches for the case's own id lists. What a beat does (which
 * graphic, which block, how many reveal steps) is data on the beat.
 */
const SRC = resolve(__dirname, '../../src');
const engineFiles = sourceFiles(SRC).filter(
  (file) => !relative(SRC, file).startsWith('story/') && !/\.test\.tsx?$|Fixture\.ts$/.test(file),
);

const storyIds = new Set([...story.beats, ...story.events, ...fixtureStory.beats, ...fixtureStory.events].map((record) => record.id));

/** The string literals in a file: quoted text with no interpolation. */
const literals = (code: string) => [...code.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

describe('an engine free of any one story', () => {
  it('finds the engine’s files', () => {
    expect(engineFiles.length).toBeGreaterThan(40);
  });

  it('names no beat or event id of either story outside src/story/', () => {
    const found = engineFiles.flatMap((file) =>
      literals(readFileSync(file, 'utf8'))
        .filter((text) => storyIds.has(text))
        .map((text) => `${relative(SRC, file)}: '${text}'`),
    );
    expect(found).toEqual([]);
  });

  it('never reaches for the case’s own id lists outside src/story/', () => {
    const found = engineFiles
      .filter((file) => /\b(BEAT_IDS|EVENT_IDS|isBeatId|BeatId|EventId)\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(found).toEqual([]);
  });
});
