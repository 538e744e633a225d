// `npm run fonts`: writes the web fonts the page ships, into src/theme/fonts/. Each face keeps only
// the glyphs the project can show (scripts/fontCharacters.mjs), in a Latin and a Cyrillic file, cut
// from @fontsource's files of Source Serif 4 and Source Sans 3 (SIL Open Font License 1.1, no
// reserved font name). About 40% fewer bytes than @fontsource's whole Latin files, and room in the
// font budget for the Russian names to be set in the story's own serif (issue 6, DESIGN.md).
//
// Run it after adding a character the fonts do not have yet: a unit test (src/theme/fonts.test.ts)
// fails until then. The output is committed, so building and developing need no font tooling.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { charactersToSubset } from './fontCharacters.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/theme/fonts`;
export const FACES = [
  { family: 'source-serif-4', weight: 400 },
  { family: 'source-serif-4', weight: 700 },
  { family: 'source-sans-3', weight: 400 },
  { family: 'source-sans-3', weight: 600 },
];

const characters = await charactersToSubset(root);
await mkdir(out, { recursive: true });
for (const { family, weight } of FACES) {
  for (const subset of ['latin', 'cyrillic']) {
    const source = await readFile(`${root}node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`);
    const font = await subsetFont(source, characters[subset], { targetFormat: 'woff2' });
    await writeFile(`${out}/${family}-${subset}-${weight}.woff2`, font);
    console.log(`${family}-${subset}-${weight}.woff2: ${source.length} → ${font.length} bytes`);
  }
}
for (const family of new Set(FACES.map((face) => face.family))) await copyFile(`${root}node_modules/@fontsource/${family}/LICENSE`, `${out}/${family}-LICENSE.txt`);
await writeFile(`${out}/characters.json`, `${JSON.stringify(characters, null, 2)}\n`);
console.log(`${characters.latin.length} Latin and ${characters.cyrillic.length} Cyrillic characters`);
