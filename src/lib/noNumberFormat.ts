/**
 * Stands in for d3-format, which d3-scale needs only for a scale's own `tickFormat`: the build
 * resolves `d3-format` to this module (scripts/build/d3StandIns.ts). The charts write their
 * tick labels in each edition's words and numerals (src/lib/capturedFormats.ts and the story's
 * formats), never with `tickFormat`, which would bring d3-format's parser and locale into every
 * page's first download for nothing. Asked for, it says so by name.
 */
function notInThisProject(): never {
  throw new TypeError('Charts here format their own tick labels: d3-format is not in the build (src/lib/noNumberFormat.ts)');
}

/** d3-format's exports, as d3-scale imports them: each refuses by name. */
export const format = notInThisProject;
export const formatPrefix = notInThisProject;
export const formatSpecifier = notInThisProject;
export const precisionFixed = notInThisProject;
export const precisionPrefix = notInThisProject;
export const precisionRound = notInThisProject;
