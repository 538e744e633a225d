/** Every number the sentence chart's layout uses, in CSS px. */

export { LABEL_FONT_SIZE, LINE_HEIGHT, MARGIN_X, TICK_STEPS } from '../shared/layout';
/** Room above the first row. */
export const MARGIN_TOP = 6;
/** Gap between a row's caption and its bar. */
export const CAPTION_GAP = 4;
/** Height of a bar. */
export const BAR_HEIGHT = 30;
/** Gap between a bar and the note under it. */
export const NOTE_GAP = 4;
/** Gap between rows. */
export const ROW_GAP = 16;
/**
 * Bar heights, row gaps and whether to show the note, roomiest first: a short phone panel gets the
 * first that fits. The tightest still leaves bars thick enough to read and to carry the hatch.
 */
export const SPACINGS = [
  // A desktop's or a projector's tall panel: bars as thick as the panel allows (up to 128 px, in
  // steps of 8), rows half a bar apart, so the chart fills the panel rather than its top third.
  ...Array.from({ length: 12 }, (_, i) => ({ barHeight: 128 - 8 * i, rowGap: (128 - 8 * i) / 2, notes: true })),
  { barHeight: BAR_HEIGHT, rowGap: ROW_GAP, notes: true },
  { barHeight: 22, rowGap: 10, notes: true },
  { barHeight: 16, rowGap: 6, notes: true },
  // Last resort for the shortest panels: the note goes (the caption's how-to-read says the same).
  { barHeight: 16, rowGap: 6, notes: false },
] as const;
/** Room under the last row for the scale's tick labels. */
export const AXIS_HEIGHT = 30;
/** Baseline of the tick labels, below the last row: the axis height less the labels' descent. */
export const TICK_BASELINE = AXIS_HEIGHT - 8;
/** Minimum distance between ticks, so their labels never collide. */
export const MIN_TICK_SPACING = 56;
/** Padding inside the gap box around its label. */
export const GAP_LABEL_PADDING = 3;
/** Length of the tick marks at the ends of the lifetime bar. */
export const END_TICK = 8;
/** Steps for the age axis, smallest first: decades, or every twenty years on a narrow screen. */
export const AGE_TICK_STEPS = [10, 20, 30] as const;
/** How much the lifetime bar may grow past BAR_HEIGHT, and the gaps between the names under it, to fill a tall panel. */
export const LIFE_BAR_MAX_EXTRA = 170;
export const LIFE_ROW_MAX_GAP = 36;
/** Gap between a name under the lifetime bar and the leader to its point. */
export const LEADER_GAP = 6;
