import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARACTERS_WITHOUT_GLYPHS, charactersToSubset, inRanges, UNICODE_RANGES } from '../../scripts/fontCharacters.mjs';

const root = resolve(__dirname, '../..');
/** The characters the committed fonts were cut with, as `npm run fonts` recorded them. */
const subset = JSON.parse(readFileSync(resolve(root, 'src/theme/fonts/characters.json'), 'utf8')) as { latin: string; cyrillic: string };
const describeCharacter = (c: string) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

describe('the subset web fonts', () => {
  it('hold every character the story and its interface can show (else run `npm run fonts`)', async () => {
    const needed = await charactersToSubset(root);
    for (const range of ['latin', 'cyrillic'] as const) {
      const missing = [...needed[range]].filter((c) => !subset[range].includes(c));
      expect(missing.map(describeCharacter), `${range} characters the fonts in src/theme/fonts lack: run npm run fonts`).toEqual([]);
    }
  });

  it('leave to the fallback face only the characters no file of these faces has', async () => {
    const { outside } = await charactersToSubset(root);
    expect([...outside].map(describeCharacter), 'characters outside every unicode-range: see CHARACTERS_WITHOUT_GLYPHS').toEqual(
      [...CHARACTERS_WITHOUT_GLYPHS].map(describeCharacter),
    );
  });

  it('are declared by the @font-face rules npm run fonts wrote, each file with its range', () => {
    const css = readFileSync(resolve(root, 'src/theme/webFonts.css'), 'utf8');
    for (const [range, codes] of Object.entries(UNICODE_RANGES)) {
      const faces = [...css.matchAll(new RegExp(`src: url\\('\\./fonts/([\\w-]+-${range}-\\d+\\.woff2)'\\) format\\('woff2'\\);\\s*unicode-range: ([^;]+);`, 'g'))];
      expect(faces).toHaveLength(4);
      for (const [, file, declared] of faces) {
        expect(declared).toBe(codes);
        expect(() => readFileSync(resolve(root, 'src/theme/fonts', file!))).not.toThrow();
      }
    }
  });

  it('read ranges as the browser does', () => {
    expect(inRanges(UNICODE_RANGES.latin, 0xe9)).toBe(true);
    expect(inRanges(UNICODE_RANGES.latin, 0x2019)).toBe(true);
    expect(inRanges(UNICODE_RANGES.latin, 0x2192)).toBe(false);
    expect(inRanges(UNICODE_RANGES.cyrillic, 'Х'.codePointAt(0)!)).toBe(true);
    expect(inRanges(UNICODE_RANGES.cyrillic, 0x41)).toBe(false);
  });
});
