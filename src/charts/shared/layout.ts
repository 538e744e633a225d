/** The numbers both charts share, in CSS px: one type scale and one frame for the whole graphic. */

/** Room on each side of a chart, so edge marks and their labels never touch the frame. */
export const MARGIN_X = 12;
/** Font size of every label: the 13 px floor keeps SVG text above the 12 px minimum. */
export const LABEL_FONT_SIZE = 13;
/** Line height of labels. */
export const LINE_HEIGHT = 17;
/** Steps between labelled ticks, smallest first: each chart takes the smallest that keeps its labels apart. */
export const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50] as const;
