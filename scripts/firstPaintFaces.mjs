// The font faces the prerender preloads: the body serif and the labels' sans, regular, which set
// nearly every word of the first screen; in an edition in Russian, their Cyrillic files as well as
// the Latin ones, which set its figures, names in Latin letters and punctuation. The size budget
// check fails if a page preloads anything else.
//
// The headline's bold serif and the kicker's semibold sans paint on the first screen too, but are
// left to the first layout to find: they arrive about as the page first paints and re-lay out only
// the text set in them (155 layout objects, 21-48 ms at 4x CPU). Preloading all four does not move
// Lighthouse's mobile LCP (1506 against 1509 ms), and Chromium holds the first paint until the two
// extra files have arrived.
export const FIRST_PAINT_FACES = [/^source-serif-4-latin-400-.*\.woff2$/, /^source-sans-3-latin-400-.*\.woff2$/];
const CYRILLIC_FIRST_PAINT_FACES = [/^source-serif-4-cyrillic-400-.*\.woff2$/, /^source-sans-3-cyrillic-400-.*\.woff2$/];

/** The faces a page in `lang` (BCP 47) preloads, in their order of importance. */
export function firstPaintFaces(lang) {
  return /^ru\b/.test(lang) ? [...FIRST_PAINT_FACES, ...CYRILLIC_FIRST_PAINT_FACES] : FIRST_PAINT_FACES;
}
