// The font faces the prerender preloads, in every edition: the body serif and the labels' sans,
// Latin, regular, which set nearly every word of the first screen (the Russian edition's Cyrillic
// waits for the first paint: src/lib/lateFaces.ts). The size budget check fails if anything else
// is preloaded.
//
// The headline's bold serif and the kicker's semibold sans paint on the first screen too, but are
// left to the first layout to find: they arrive about as the page first paints and re-lay out only
// the text set in them (155 layout objects, 21-48 ms at 4x CPU). Preloading all four does not move
// Lighthouse's mobile LCP (1506 against 1509 ms), and Chromium holds the first paint until the two
// extra files have arrived.
export const FIRST_PAINT_FACES = [/^source-serif-4-latin-400-.*\.woff2$/, /^source-sans-3-latin-400-.*\.woff2$/];
