/** Every number the timeline's layout uses, in CSS px unless said otherwise. */

export { LABEL_FONT_SIZE, LINE_HEIGHT, MARGIN_X, TICK_STEPS } from '../shared/layout';
/** Room above the axis for the year labels. */
export const TICK_LABEL_HEIGHT = 22;
/** Where the axis line sits, from the top of the chart. */
export const AXIS_Y = TICK_LABEL_HEIGHT + 14;
/** Gap between the axis and the first row of callouts. */
export const FIRST_ROW_GAP = 18;
/** Vertical gap between callout rows. */
export const ROW_GAP = 10;
/** Gap between a leader line and the text it points to. */
export const LEADER_GAP = 6;
/** The widest a callout may be before it wraps, so long labels do not cross the whole chart. */
export const CALLOUT_MAX_WIDTH = 300;
/** The narrowest a callout may wrap to beside its leader; with less room it is centred under the mark. */
export const CALLOUT_MIN_WIDTH = 110;
/** Radius of a day-precision event dot: resting, and when the beat is about it. */
export const DOT_RADIUS = 4;
export const FOCUS_DOT_RADIUS = 7;
/** Height of the bar that marks a month- or year-precision event. */
export const SPAN_HEIGHT = 8;
export const FOCUS_SPAN_HEIGHT = 14;
/** A month bar is never drawn narrower than this, so it stays visible in the long view. */
export const MIN_SPAN_WIDTH = 4;
/** Minimum distance between year ticks, so their labels never collide. */
export const MIN_TICK_SPACING = 64;
/** Half the width a four-digit year label needs, to keep tick labels inside the frame. */
export const TICK_LABEL_HALF_WIDTH = 17;
/** Height of the band that shows the span of the term. */
export const TERM_BAND_HEIGHT = 6;
/** Radius of the ring around the event picked with the keyboard or pointer. */
export const PICKED_RING_RADIUS = 12;
/** How near (px) the pointer must be to a mark to pick it. */
export const PICK_DISTANCE = 24;
/** Width of the details box shown for a picked event. */
export const DETAILS_WIDTH = 240;
