// `npm run fonts`: writes the web fonts the page ships. Each face keeps only the glyphs the project
// can show (scripts/fontCharacters.mjs) and the features a browser applies unasked
// (scripts/fontSubsetter.mjs), cut from @fontsource's files of Source Serif 4 and Source Sans 3
// (SIL Open Font License 1.1, no reserved font name): 38.9 KB for the four Latin faces against
// 71.5 KB whole (the glyphs cut alone take Lighthouse's mobile LCP from 1517 to 1373 ms).
//
// The Cyrillic faces are a family of their own ('Source Serif 4 Cyrillic'), which only an edition
// in a Cyrillic script names in its font stack (src/theme/webFaceFamilies.css; the web faces join a view
// only from its first paint, src/lib/webFaces.ts): a browser fetches a face
// only for text set in its family, so the other editions never download them, and the Russian
// words in the English edition stay in the fallback serif's Cyrillic, as a Cyrillic file found by
// the first layout was measured to cost the English page's Lighthouse mobile LCP (1373 to 1509 ms).
// Writes, all committed, so building and developing need no font tooling:
// - src/theme/fonts/*.woff2, the fonts;
// - src/theme/fonts/characters.json, the characters they were cut with, which the unit test
//   (tests/unit/fontSubset.test.ts) compares with what the source shows;
// - src/theme/webFonts.css, their @font-face rules;
// - public/licenses/, the fonts' licences, served beside them (the files carry no licence text).
//
// Run it after the story gains a character the fonts lack (the unit test names it), or after
// changing FACES below; then check the faces the first screen uses (tests/e2e/fonts.spec.ts).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { subsetToWoff2 } from './fontSubsetter.mjs';
import { charactersToSubset, CYRILLIC_RANGE, LATIN_RANGE } from './fontCharacters.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FACES = [
  { name: 'Source Serif 4', family: 'source-serif-4', weight: 400 },
  { name: 'Source Serif 4', family: 'source-serif-4', weight: 700 },
  { name: 'Source Sans 3', family: 'source-sans-3', weight: 400 },
  { name: 'Source Sans 3', family: 'source-sans-3', weight: 600 },
];

/** Each script's file of a face: its @fontsource subset, the characters kept, its range, its family's suffix. */
const SCRIPTS = [
  { subset: 'latin', range: LATIN_RANGE, suffix: '' },
  { subset: 'cyrillic', range: CYRILLIC_RANGE, suffix: ' Cyrillic' },
];

const characters = await charactersToSubset(root);
await mkdir(`${root}src/theme/fonts`, { recursive: true });
await mkdir(`${root}public/licenses`, { recursive: true });
const rules = [];
for (const { subset, range, suffix } of SCRIPTS) {
  for (const { name, family, weight } of FACES) {
    const source = await readFile(`${root}node_modules/@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff2`);
    const font = await subsetToWoff2(source, characters[subset]);
    const file = `${family}-${subset}-${weight}.woff2`;
    await writeFile(`${root}src/theme/fonts/${file}`, font);
    console.log(`${file}: ${source.length} → ${font.length} bytes`);
    rules.push(
      `@font-face {\n  font-family: '${name}${suffix}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n` +
        `  src: url('./fonts/${file}') format('woff2');\n  unicode-range: ${range};\n}\n`,
    );
  }
}
for (const family of new Set(FACES.map((face) => face.family))) {
  await copyFile(`${root}node_modules/@fontsource/${family}/LICENSE`, `${root}public/licenses/${family}-OFL.txt`);
}
await writeFile(
  `${root}src/theme/fonts/characters.json`,
  `${JSON.stringify({ latin: characters.latin, cyrillic: characters.cyrillic }, null, 2)}\n`,
);
await writeFile(
  `${root}src/theme/webFonts.css`,
  `/* Written by npm run fonts (scripts/subset-fonts.mjs): edit that script, not this file. Licences: /licenses/. */\n${rules.join('')}`,
);
console.log(`${characters.latin.length} Latin and ${characters.cyrillic.length} Cyrillic characters; wrote src/theme/webFonts.css`);
