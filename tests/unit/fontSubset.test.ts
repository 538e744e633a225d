import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersToSubset, inRanges, UNICODE_RANGES } from '../../scripts/fontCharacters.mjs';

const root = resolve(__dirname, '../..');
const subset = JSON.parse(readFileSync(resolve(root, 'src/theme/fonts/characters.json'), 'utf8')) as { latin: string; cyrillic: string };
const describeCharacter = (c: string) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

describe('the subset web fonts', () => {
  it('hold every character the story and its interface can show (else run `npm run fonts`)', async () => {
    const needed = await charactersToSubset(root);
    for (const range of ['latin', 'cyrillic'] as const) {
      const missing = [...needed[range]].filter((c) => !subset[range].includes(c));
      expect(missing.map(describeCharacter), `${range} characters with no glyph in src/theme/fonts: run npm run fonts`).toEqual([]);
    }
  });

  it('declare in fonts.css the same ranges the subsets were cut to', () => {
    const css = readFileSync(resolve(root, 'src/theme/fonts.css'), 'utf8');
    for (const [range, codes] of Object.entries(UNICODE_RANGES)) {
      const faces = css.match(new RegExp(`src: url\\('\\./fonts/[\\w-]+-${range}-\\d+\\.woff2'\\) format\\('woff2'\\);\\s*unicode-range: ([^;]+);`, 'g')) ?? [];
      expect(faces).toHaveLength(4);
      for (const face of faces) expect(face).toContain(codes);
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
