// Which characters the project's web fonts must hold: every character the story, its interface and
// its page can show, read from the source itself (src/, without tests, and index.html), so nothing
// the app renders can be missing from the fonts. Shared by the subsetting script
// (scripts/subset-fonts.mjs) and the unit test that fails when a new character has no glyph yet.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Code points each of the faces' two files covers: @fontsource's Latin and Cyrillic ranges. */
export const UNICODE_RANGES = {
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  cyrillic: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116',
};

/**
 * Kept whatever the text says: printable ASCII, and the spaces, dashes and quotes that dates,
 * numbers and typography produce at run time (Intl formatting, for one, emits narrow no-break spaces).
 */
const ALWAYS = [
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

async function sourceFiles(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
  }
  return files;
}

/** The characters of each range that the project can show, sorted, as one string per range. */
export async function charactersToSubset(root) {
  let text = ALWAYS.join('') + (await readFile(join(root, 'index.html'), 'utf8'));
  for (const file of await sourceFiles(join(root, 'src'))) text += await readFile(file, 'utf8');
  const unique = [...new Set(text)].filter((c) => c.codePointAt(0) >= 0x20).sort();
  const pick = (ranges) => unique.filter((c) => inRanges(ranges, c.codePointAt(0))).join('');
  return { latin: pick(UNICODE_RANGES.latin), cyrillic: pick(UNICODE_RANGES.cyrillic) };
}
