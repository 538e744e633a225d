import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersToSubset, CYRILLIC_RANGE, inRanges, LATIN_RANGE, SET_IN_FALLBACK } from '../../scripts/fontCharacters.mjs';

const root = resolve(__dirname, '../..');
/** The characters the committed fonts were cut with, as `npm run fonts` recorded them. */
const subset = JSON.parse(readFileSync(resolve(root, 'src/theme/fonts/characters.json'), 'utf8')) as { latin: string; cyrillic: string };
const describeCharacter = (c: string) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

describe('the subset web fonts', () => {
  it('hold every Latin character the story and its interface can show (else run `npm run fonts`)', async () => {
    const { latin } = await charactersToSubset(root);
    const missing = [...latin].filter((c) => !subset.latin.includes(c));
    expect(missing.map(describeCharacter), 'characters the fonts in src/theme/fonts lack: run npm run fonts').toEqual([]);
  });

  it('hold every Cyrillic character the Russian edition can show (else run `npm run fonts`)', async () => {
    const { cyrillic } = await charactersToSubset(root);
    expect(cyrillic.length, 'the Russian edition shows Cyrillic').toBeGreaterThan(60);
    const missing = [...cyrillic].filter((c) => !subset.cyrillic.includes(c));
    expect(missing.map(describeCharacter), 'characters the fonts in src/theme/fonts lack: run npm run fonts').toEqual([]);
  });

  it('leave to the fallback faces only the arrows no file of these faces has', async () => {
    const { outside } = await charactersToSubset(root);
    const unplanned = [...outside].filter((c) => !SET_IN_FALLBACK.test(c));
    expect(unplanned.map(describeCharacter), 'characters outside the fonts’ range: see SET_IN_FALLBACK').toEqual([]);
  });

  it('are declared by the @font-face rules npm run fonts wrote: each Latin file with the Latin range, each Cyrillic one in a family of its own', () => {
    const css = readFileSync(resolve(root, 'src/theme/webFonts.css'), 'utf8');
    const faces = [
      ...css.matchAll(/font-family: '([^']+)';[^}]*src: url\('\.\/fonts\/([\w-]+\.woff2)'\) format\('woff2'\);\s*unicode-range: ([^;]+);/g),
    ];
    expect(faces).toHaveLength(8);
    for (const [, family, file, declared] of faces) {
      const cyrillic = file!.includes('-cyrillic-');
      expect(declared).toBe(cyrillic ? CYRILLIC_RANGE : LATIN_RANGE);
      expect(family!.endsWith(' Cyrillic')).toBe(cyrillic);
      expect(() => readFileSync(resolve(root, 'src/theme/fonts', file!))).not.toThrow();
    }
  });

  it('read ranges as the browser does', () => {
    expect(inRanges(LATIN_RANGE, 0xe9)).toBe(true);
    expect(inRanges(LATIN_RANGE, 0x2019)).toBe(true);
    expect(inRanges(LATIN_RANGE, 0x2192)).toBe(false);
    expect(inRanges(LATIN_RANGE, 'Х'.codePointAt(0)!)).toBe(false);
  });
});
