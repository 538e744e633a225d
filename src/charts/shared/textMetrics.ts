/**
 * Text measurement without a DOM, so layouts stay pure and identical on the server and in the
 * browser. Widths are estimates from an average glyph width; they err wide, so a label estimated to
 * fit does fit.
 */

/** Average advance of a glyph in the UI sans at 1px, in em. Source Sans 3 averages ~0.5em; wider
 * fallbacks (Arial, DejaVu Sans) reach ~0.56em, and we must fit those too. */
export const AVERAGE_GLYPH_EM = 0.58;

/** Estimated width of `text` in px at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EM;
}

/**
 * Splits `text` into lines no wider than `maxWidth` px, breaking at spaces. A single word longer than
 * the line stays whole on its own line (the caller reserves room for the longest word).
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
