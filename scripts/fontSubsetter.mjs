// Cuts a font down to the characters the project shows and the OpenType features a browser applies
// by itself, with HarfBuzz's subsetter (harfbuzzjs). Used by `npm run fonts` (scripts/subset-fonts.mjs).
//
// Why not keep every feature: the fonts' small capitals, old-style and fraction figures, superiors
// and stylistic sets are glyphs of their own that no rule of ours asks for, and keeping their
// features keeps those glyphs: a sixth of the bytes of each face (44.1 KB against 37.5 KB for the
// four). Kept: what Chromium's and Firefox's text shaping turns on unasked (kerning,
// standard and contextual ligatures, marks, localised forms), and tabular figures, which the
// presenter's timer sets (src/present/present.css).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';

export const KEPT_FEATURES = [
  'abvm',
  'blwm',
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  'calt',
  'clig',
  'curs',
  'dist',
  'kern',
  'liga',
  'rclt',
  'tnum',
];

/** HarfBuzz's subset sets are addressed by number (hb_subset_sets_t). */
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** hb_blob_create's memory mode: HarfBuzz may write to the buffer, which we own and free. */
const HB_MEMORY_MODE_WRITABLE = 2;

const tag = (name) => [...name].reduce((value, char) => (value << 8) + char.charCodeAt(0), 0);

let harfbuzz;
async function loadHarfbuzz() {
  if (!harfbuzz) {
    const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/hb-subset.wasm'));
    harfbuzz = (await WebAssembly.instantiate(wasm)).instance.exports;
  }
  return harfbuzz;
}

/**
 * The font (woff2, woff, ttf or otf) with only `text`'s characters and the kept features, as woff2.
 * Throws, naming the step, when HarfBuzz cannot read or cut it.
 */
export async function subsetToWoff2(font, text, features = KEPT_FEATURES) {
  const hb = await loadHarfbuzz();
  const truetype = await fontverter.convert(font, 'truetype');
  // The wasm memory can grow during any call: take a fresh view of it each time.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('fontSubsetter: HarfBuzz could not create a subset input');
  const buffer = hb.malloc(truetype.byteLength);
  heap().set(truetype, buffer);
  const blob = hb.hb_blob_create(buffer, truetype.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    const featureSet = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(featureSet);
    for (const feature of features) hb.hb_set_add(featureSet, tag(feature));
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of text) hb.hb_set_add(unicodes, char.codePointAt(0));
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('fontSubsetter: HarfBuzz could not cut the font (is the file a font?)');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    const bytes = Buffer.from(heap().subarray(start, start + hb.hb_blob_get_length(result)));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (bytes.length === 0) throw new Error('fontSubsetter: HarfBuzz returned an empty font');
    return await fontverter.convert(bytes, 'woff2', 'truetype');
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(buffer);
  }
}
