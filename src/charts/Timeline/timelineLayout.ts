import { scaleLinear } from 'd3-scale';
import { utcYear } from 'd3-time';
import { clamp } from '../../lib/clamp';
import { textWidth, wrapText } from '../shared/textMetrics';
import {
  AXIS_Y,
  CALLOUT_MAX_WIDTH,
  CALLOUT_MIN_WIDTH,
  DOT_RADIUS,
  FIRST_ROW_GAP,
  FOCUS_DOT_RADIUS,
  FOCUS_SPAN_HEIGHT,
  LABEL_FONT_SIZE,
  LEADER_GAP,
  LINE_HEIGHT,
  MARGIN_X,
  MIN_SPAN_WIDTH,
  MIN_TICK_SPACING,
  ROW_GAP,
  SPAN_HEIGHT,
  TICK_LABEL_HALF_WIDTH,
  TICK_STEPS,
} from './layout';
import type { TimelineDatum, TimelineState } from './types';

/** How a mark relates to the current beat. */
export type Emphasis = 'focus' | 'past' | 'future';

/** A drawn event: a dot (known to the day) or a bar (known to the month or year). */
export interface TimelineMark {
  id: string;
  shape: 'dot' | 'span';
  /** Centre of a dot, or left edge of a bar, in px. */
  x: number;
  /** Centre of the mark, dot or bar, in px: where its leader and focus ring go. */
  cx: number;
  /** Bar width in px (0 for dots). */
  width: number;
  /** Dot radius or half the bar's height, in px. */
  size: number;
  emphasis: Emphasis;
  calculated: boolean;
  /** False when the event falls outside the window: drawn nowhere, kept for a smooth exit. */
  inView: boolean;
}

/** A label for a focused event: a date line and a wrapped label, joined to its mark by a leader. */
export interface TimelineCallout {
  id: string;
  /** The mark's centre, where the leader starts, in px. */
  markX: number;
  /** Where the text starts (anchor start) or ends (anchor end), in px. */
  textX: number;
  anchor: 'start' | 'end';
  /** Top of the callout's first line, in px. */
  top: number;
  /** Bottom of its last line, in px: where the leader stops. */
  bottom: number;
  dateLine: string;
  /** The label's lines; empty in the compact form (date only). */
  lines: string[];
  /** Estimated width of the widest line, in px. */
  textWidth: number;
}

export interface TimelineTick {
  key: string;
  x: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  axisStart: number;
  axisEnd: number;
  ticks: TimelineTick[];
  marks: TimelineMark[];
  callouts: TimelineCallout[];
  /** The span of the term, when the state asks for it. */
  termBand: { x: number; width: number } | null;
}

const yearLabel = (date: Date) => String(date.getUTCFullYear());

/**
 * A linear scale over UTC milliseconds: what d3's scaleUtc is underneath, without the calendar
 * tick-formatting machinery (d3-time-format) that this chart does not use: its ticks come from
 * d3-time's utcYear below and are labelled with the year alone.
 */
function timeScale(domain: readonly [Date, Date], range: [number, number]): (date: Date) => number {
  // Whole pixels (rangeRound): a day is a small fraction of one at any window this chart shows, and
  // unrounded positions wrote 14-digit coordinates into the prerendered page's first round trip.
  const scale = scaleLinear().domain([domain[0].getTime(), domain[1].getTime()]).rangeRound(range);
  return (date) => scale(date.getTime());
}
const startOf = (d: TimelineDatum) => d.start;

/** Year ticks no closer than MIN_TICK_SPACING, with labels kept inside the frame. */
function yearTicks(domain: readonly [Date, Date], width: number): TimelineTick[] {
  const x = timeScale(domain, [MARGIN_X, width - MARGIN_X]);
  const years = (domain[1].getTime() - domain[0].getTime()) / (365.25 * 864e5);
  const maxTicks = Math.max(1, Math.floor((width - 2 * MARGIN_X) / MIN_TICK_SPACING));
  const step: number = TICK_STEPS.find((s) => years / s <= maxTicks) ?? 50;
  const every = utcYear.every(step);
  if (!every) return [];
  return every
    .range(domain[0], domain[1])
    .map((date) => ({ key: yearLabel(date), x: x(date), label: yearLabel(date) }))
    .filter((t) => t.x - TICK_LABEL_HALF_WIDTH >= 0 && t.x + TICK_LABEL_HALF_WIDTH <= width);
}

/**
 * Sets a callout's text beside its leader: to the right where it fits, else to the left, wrapping
 * to the room on that side when it is at least CALLOUT_MIN_WIDTH; the side that needs fewer lines
 * wins. Only when neither side has room is the text centred under the mark, clamped to the frame.
 */
function callout(d: TimelineDatum, markX: number, width: number, compact: boolean, top: number): TimelineCallout {
  const right = width - MARGIN_X;
  const sides = [
    { anchor: 'start' as const, textX: markX + LEADER_GAP, room: right - markX - LEADER_GAP },
    { anchor: 'end' as const, textX: markX - LEADER_GAP, room: markX - LEADER_GAP - MARGIN_X },
  ];
  const dateWidth = textWidth(d.dateLabel, LABEL_FONT_SIZE);
  const fitted = sides
    .filter((side) => side.room >= Math.max(CALLOUT_MIN_WIDTH, dateWidth))
    .map((side) => {
      const maxWidth = Math.min(CALLOUT_MAX_WIDTH, side.room);
      const lines = compact ? [] : wrapText(d.label, LABEL_FONT_SIZE, maxWidth);
      return { ...side, lines, fits: lines.every((line) => textWidth(line, LABEL_FONT_SIZE) <= side.room) };
    })
    .filter((side) => side.fits)
    .sort((a, b) => a.lines.length - b.lines.length);
  let placed: { anchor: 'start' | 'end'; textX: number; lines: string[] };
  if (fitted[0]) placed = fitted[0];
  else {
    const lines = compact ? [] : wrapText(d.label, LABEL_FONT_SIZE, Math.min(CALLOUT_MAX_WIDTH, right - MARGIN_X));
    const widest = Math.max(dateWidth, ...lines.map((l) => textWidth(l, LABEL_FONT_SIZE)));
    placed = { anchor: 'start', textX: clamp(markX - widest / 2, MARGIN_X, right - widest), lines };
  }
  const widest = Math.max(dateWidth, ...placed.lines.map((l) => textWidth(l, LABEL_FONT_SIZE)));
  const bottom = top + LINE_HEIGHT * (1 + placed.lines.length);
  return {
    id: d.id,
    markX,
    textX: placed.textX,
    anchor: placed.anchor,
    top,
    bottom,
    dateLine: d.dateLabel,
    lines: placed.lines,
    textWidth: widest,
  };
}

/**
 * Rows of callouts under the axis, one event per row so no two labels can overlap. The rightmost
 * event takes the row nearest the axis, so leaders from events further left pass beside, not
 * through, the labels above them. When the rows do not fit the height, the least important labels
 * shrink to their date, then drop (the mark stays emphasised).
 */
function layoutCallouts(focused: { d: TimelineDatum; x: number }[], width: number, height: number): TimelineCallout[] {
  const compact = new Set<string>();
  let kept = focused;
  for (;;) {
    const byX = [...kept].sort((a, b) => b.x - a.x);
    let top = AXIS_Y + FIRST_ROW_GAP;
    const rows = byX.map(({ d, x }) => {
      const c = callout(d, x, width, compact.has(d.id), top);
      top = c.bottom + ROW_GAP;
      return c;
    });
    if (top - ROW_GAP <= height || kept.length === 0) return rows;
    // `kept` is in priority order: shrink the least important full callout to its date; when all
    // are dates already, drop the least important.
    const lastFull = [...kept].reverse().find(({ d }) => !compact.has(d.id));
    if (lastFull) compact.add(lastFull.d.id);
    else kept = kept.slice(0, -1);
  }
}

/**
 * Geometry of one timeline state at one size: ticks, marks and callouts as plain data.
 * Pure: the same input always gives the same output, on the server and in the browser.
 */
export function timelineLayout(
  data: readonly TimelineDatum[],
  state: TimelineState,
  size: { width: number; height: number },
): TimelineLayout {
  const { width, height } = size;
  const x = timeScale(state.domain, [MARGIN_X, width - MARGIN_X]);
  const [from, to] = state.domain;
  const focusRank = new Map(state.focusIds.map((id, i) => [id, i]));

  const marks = data.map((d): TimelineMark => {
    const emphasis: Emphasis = focusRank.has(d.id) ? 'focus' : startOf(d) <= state.pastUntil ? 'past' : 'future';
    const inView = d.end > from && d.start < to;
    const focus = emphasis === 'focus';
    if (d.precision === 'day') {
      return {
        id: d.id,
        shape: 'dot',
        x: x(d.start),
        cx: x(d.start),
        width: 0,
        size: focus ? FOCUS_DOT_RADIUS : DOT_RADIUS,
        emphasis,
        calculated: d.calculated,
        inView,
      };
    }
    const left = x(d.start);
    const spanWidth = Math.max(MIN_SPAN_WIDTH, x(d.end) - left);
    return {
      id: d.id,
      shape: 'span',
      x: left,
      cx: left + spanWidth / 2,
      width: spanWidth,
      size: (focus ? FOCUS_SPAN_HEIGHT : SPAN_HEIGHT) / 2,
      emphasis,
      calculated: d.calculated,
      inView,
    };
  });

  const focused = state.focusIds
    .map((id) => {
      const d = data.find((e) => e.id === id);
      const m = marks.find((e) => e.id === id);
      return d && m && m.inView ? { d, x: m.cx } : null;
    })
    .filter((f): f is { d: TimelineDatum; x: number } => f !== null);

  let termBand: TimelineLayout['termBand'] = null;
  if (state.termSpan) {
    const [a, b] = state.termSpan.map((id) => data.find((d) => d.id === id));
    if (a && b) termBand = { x: x(a.start), width: Math.max(0, x(b.end) - x(a.start)) };
  }

  return {
    width,
    height,
    axisY: AXIS_Y,
    axisStart: MARGIN_X,
    axisEnd: width - MARGIN_X,
    ticks: yearTicks(state.domain, width),
    marks,
    callouts: layoutCallouts(focused, width, height),
    termBand,
  };
}
