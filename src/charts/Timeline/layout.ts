/** Every number the timeline's layout uses, in CSS px unless said otherwise. */

export { LABEL_FONT_SIZE, LINE_HEIGHT, MARGIN_X } from '../shared/layout';
/** Baseline of the tick labels, from the top of the chart. */
export const TICK_BASELINE = 14;
/** Where the time axis sits, from the top of the chart: under its tick labels. */
export const AXIS_Y = 24;
/** Gap between the axis and what comes under it (the note, or the first lane). */
export const AXIS_GAP = 12;
/** Gap between a tick label and the next: the ticks step by the finest interval that keeps it. */
export const TICK_LABEL_GAP = 14;
/** Gap between the note's words and its bracket, and the bracket's end ticks. */
export const NOTE_GAP = 4;
export const NOTE_TICK = 6;
/** The narrowest the note's words may wrap to, however short its bracket. */
export const NOTE_MIN_WIDTH = 260;
/** Height of a lane's label line; the lane's marks sit under it. */
export const LANE_LABEL_HEIGHT = 18;
/** Room for a lane's row of marks (a focused dot is 14 px across), and the most a lane may grow to fill the panel. */
export const LANE_MARK_BAND = 24;
export const LANE_MAX_EXTRA = 36;
/**
 * Focused marks closer than this, centre to centre, in one lane are stacked into rows this far
 * apart: every mark the beat is about stays distinct, at its true place in time.
 */
export const MIN_MARK_SPACING = 14;
export const SUB_ROW = 15;
/** Gap between the last lane and the first row of callouts. */
export const FIRST_ROW_GAP = 12;
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
/** The overview strip under the chart: its height, gap above it, and the window's box on it. */
export const OVERVIEW_HEIGHT = 24;
export const OVERVIEW_GAP = 12;
export const OVERVIEW_BOX_HEIGHT = 12;
/** Radius of the ring around the event picked with the keyboard or pointer. */
export const PICKED_RING_RADIUS = 12;
/** How near (px) the pointer must be to a mark to pick it. */
export const PICK_DISTANCE = 24;
/** Width of the details box shown for a picked event, and its gap under the mark. */
export const DETAILS_WIDTH = 240;
export const DETAILS_GAP = 16;
