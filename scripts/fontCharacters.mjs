// Which characters the project's web fonts must hold: every character the story, its interface and
// its page can show in any edition, read from the source itself (src/ without tests, the
// translations' JSON, and index.html). Comments are read too: a few glyphs more, never one fewer. Shared by the subsetting script
// (scripts/subset-fonts.mjs) and tests/unit/fontSubset.test.ts, which fails when the source shows a
// character the committed fonts were not cut with.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { sourceFiles } from './sourceFiles.mjs';

/** The code points each face's file covers: @fontsource's Latin range. */
export const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/** The code points each face's Cyrillic file covers: @fontsource's Cyrillic range. */
export const CYRILLIC_RANGE = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';

/**
 * What the page shows outside both ranges, set in the metric-matched fallback faces: the arrows ←
 * and →, which no @fontsource file of these faces has. The unit test fails on any other character.
 */
export const SET_IN_FALLBACK = /^[←→]$/u;

/** Kept whatever the source says: printable ASCII, and the spaces, dashes and quotes of typeset text. */
const ALWAYS_KEPT_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...'\u00a0\u00ad\u00b7\u00d7\u2009\u200a\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u202f\u2032\u2033',
];

/** Whether `ranges` ("U+0000-00FF, U+0131, …") includes the code point. */
export function inRanges(ranges, codePoint) {
  return ranges.split(',').some((range) => {
    const [from, to = from] = range.trim().replace('U+', '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}

/** The translations' words: each edition's JSON files under src/story/locales/. */
function translationFiles(root) {
  const locales = join(root, 'src/story/locales');
  return readdirSync(locales, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(locales, entry.name)).map((name) => join(locales, entry.name, name)))
    .filter((path) => path.endsWith('.json'));
}

/**
 * The characters the project can show, sorted, each as one string: the Latin range's (`latin`), the
 * Cyrillic range's (`cyrillic`) and those outside both (`outside`). Each character's capital counts
 * too: the kicker and a few headings are set in `text-transform: uppercase` and show capitals the
 * source never spells.
 */
export async function charactersToSubset(root) {
  let text = ALWAYS_KEPT_CHARACTERS.join('') + (await readFile(join(root, 'index.html'), 'utf8'));
  for (const file of [...sourceFiles(join(root, 'src')), ...translationFiles(root)]) text += await readFile(file, 'utf8');
  const shown = new Set([...text].filter((c) => c.codePointAt(0) >= 0x20));
  const inFonts = (c) => inRanges(LATIN_RANGE, c.codePointAt(0)) || inRanges(CYRILLIC_RANGE, c.codePointAt(0));
  for (const c of [...shown]) if (inFonts(c)) for (const capital of c.toUpperCase()) shown.add(capital);
  const sorted = [...shown].sort();
  const latin = sorted.filter((c) => inRanges(LATIN_RANGE, c.codePointAt(0)));
  const cyrillic = sorted.filter((c) => c.codePointAt(0) > 0x7e && inRanges(CYRILLIC_RANGE, c.codePointAt(0)));
  const outside = sorted.filter((c) => c.codePointAt(0) > 0x7e && !inFonts(c));
  return { latin: latin.join(''), cyrillic: cyrillic.join(''), outside: outside.join('') };
}
