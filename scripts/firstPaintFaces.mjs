// The font faces the first screen paints with: the body serif and the labels' sans, Latin, regular.
// The prerender preloads exactly these, and the size budget check fails if anything else is preloaded.
export const FIRST_PAINT_FACES = [/^source-serif-4-latin-400-normal-.*\.woff2$/, /^source-sans-3-latin-400-normal-.*\.woff2$/];
