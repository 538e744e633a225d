import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { clamp } from '../../lib/clamp';
import { DAY_MS } from '../../lib/utcDate';
import { textWidth, wrapText } from '../shared/textMetrics';
import {
  AXIS_GAP,
  AXIS_Y,
  CALLOUT_MAX_WIDTH,
  CALLOUT_MIN_WIDTH,
  DOT_RADIUS,
  FIRST_ROW_GAP,
  FOCUS_DOT_RADIUS,
  FOCUS_SPAN_HEIGHT,
  LABEL_FONT_SIZE,
  LANE_LABEL_HEIGHT,
  LANE_MARK_BAND,
  LANE_MAX_EXTRA,
  LEADER_GAP,
  LINE_HEIGHT,
  MARGIN_X,
  MIN_MARK_SPACING,
  MIN_SPAN_WIDTH,
  NOTE_GAP,
  NOTE_MIN_WIDTH,
  NOTE_TICK,
  OVERVIEW_GAP,
  OVERVIEW_HEIGHT,
  ROW_GAP,
  SPAN_HEIGHT,
  SUB_ROW,
  TICK_LABEL_GAP,
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
  /** Vertical centre of the mark: on its lane's line, or a row under it when stacked apart from a close neighbour. */
  cy: number;
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
  /** The bottom edge of the mark, where the leader leaves it, in px. */
  markY: number;
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

/** A lane as drawn: its label over a faint line that its events sit on. */
export interface TimelineLaneLayout {
  id: string;
  /** Empty for the one unlabelled lane of a chart without lanes, or when lanes are merged to save room. */
  label: string;
  /** Baseline of the label. */
  labelY: number;
  /** The line the lane's marks sit on. */
  y: number;
}

/** The state's note: its words over a bracket from one event's mark to another's. */
export interface TimelineNote {
  x1: number;
  x2: number;
  /** The bracket's line; its end ticks reach down from it. */
  y: number;
  /** Centre of the words, and the top of their first line. */
  textX: number;
  top: number;
  lines: string[];
  /** Estimated width of the widest line. */
  textWidth: number;
}

/** The whole span of the data, small, with the window marked on it. */
export interface TimelineOverview {
  y: number;
  x1: number;
  x2: number;
  startLabel: string;
  endLabel: string;
  /** One tick per event, so the reader sees where the story's events bunch. */
  eventXs: number[];
  window: { x: number; width: number };
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  axisStart: number;
  axisEnd: number;
  /** Where the ticks' faint grid lines stop: the last lane's foot. */
  gridBottom: number;
  ticks: TimelineTick[];
  lanes: TimelineLaneLayout[];
  marks: TimelineMark[];
  callouts: TimelineCallout[];
  note: TimelineNote | null;
  /** Null only on a panel too short for it and every label's date. */
  overview: TimelineOverview | null;
}

/**
 * A linear scale over UTC milliseconds: what d3's scaleUtc is underneath, without the calendar
 * tick-formatting machinery (d3-time-format) that this chart does not use: its ticks are labelled
 * by the story's own date formats, in the reader's language.
 */
function timeScale(domain: readonly [Date, Date], range: [number, number]): (date: Date) => number {
  // Whole pixels (rangeRound): a day is a small fraction of one at the longest windows, and
  // unrounded positions wrote 14-digit coordinates into the prerendered page's first round trip.
  const scale = scaleLinear().domain([domain[0].getTime(), domain[1].getTime()]).rangeRound(range);
  return (date) => scale(date.getTime());
}

type TickPrecision = 'day' | 'month' | 'year';
/** The steps ticks may take, finest first, with roughly how long each is. */
const TICK_STEPS: readonly { precision: TickPrecision; interval: CountableTimeInterval; every: number; days: number }[] = [
  ...[1, 2, 7, 14].map((every) => ({ precision: 'day' as const, interval: utcDay, every, days: every })),
  ...[1, 2, 3, 6].map((every) => ({ precision: 'month' as const, interval: utcMonth, every, days: every * 30.4 })),
  ...[1, 2, 5, 10, 20, 50].map((every) => ({ precision: 'year' as const, interval: utcYear, every, days: every * 365.25 })),
];

/**
 * Ticks at the finest calendar step whose labels keep apart and inside the frame: days for a
 * window of days, months or years for longer ones. Labels are the dates themselves, as wide as the
 * language writes them, so a long Russian month name gets a coarser step, never a collision.
 */
function timeTicks(state: TimelineState, width: number): TimelineTick[] {
  const x = timeScale(state.domain, [MARGIN_X, width - MARGIN_X]);
  const spanDays = (state.domain[1].getTime() - state.domain[0].getTime()) / DAY_MS;
  let fallback: TimelineTick[] = [];
  for (const step of TICK_STEPS) {
    // A step that would give more ticks than the width could ever hold is not worth listing.
    if (spanDays / step.days > width / 24) continue;
    const interval = step.interval.every(step.every);
    if (!interval) continue;
    const ticks = interval
      .range(state.domain[0], state.domain[1])
      .map((date) => ({ key: `${step.precision} ${date.toISOString()}`, x: x(date), label: state.tickLabel(date, step.precision) }))
      .filter((t) => t.x - textWidth(t.label, LABEL_FONT_SIZE) / 2 >= 0 && t.x + textWidth(t.label, LABEL_FONT_SIZE) / 2 <= width);
    const apart = ticks.every(
      (t, i) =>
        i === 0 ||
        t.x - ticks[i - 1]!.x >=
          (textWidth(t.label, LABEL_FONT_SIZE) + textWidth(ticks[i - 1]!.label, LABEL_FONT_SIZE)) / 2 + TICK_LABEL_GAP,
    );
    if (apart && ticks.length >= 2) return ticks;
    if (apart && ticks.length === 1 && fallback.length === 0) fallback = ticks;
  }
  return fallback;
}

/**
 * Sets a callout's text beside its leader: to the right where it fits, else to the left, wrapping
 * to the room on that side when it is at least CALLOUT_MIN_WIDTH; the side that needs fewer lines
 * wins. Only when neither side has room is the text centred under the mark, clamped to the frame.
 */
function callout(d: TimelineDatum, mark: TimelineMark, width: number, compact: boolean, top: number): TimelineCallout {
  const markX = mark.cx;
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
  return {
    id: d.id,
    markX,
    markY: mark.cy + mark.size,
    textX: placed.textX,
    anchor: placed.anchor,
    top,
    bottom: top + LINE_HEIGHT * (1 + placed.lines.length),
    dateLine: d.dateLabel,
    lines: placed.lines,
    textWidth: widest,
  };
}

/** The horizontal extent of a callout's text. */
const textSpan = (c: TimelineCallout) =>
  c.anchor === 'start' ? { left: c.textX, right: c.textX + c.textWidth } : { left: c.textX - c.textWidth, right: c.textX };
/** Horizontal room kept between two callouts in a row, and between a leader and a callout it passes. */
const CALLOUT_GAP = 10;

/**
 * Rows of callouts under the lanes, from `top` down. Taken from the rightmost event leftwards, each
 * callout joins a row where its text keeps clear of the others there, or opens a row of its own,
 * wherever its leader crosses the fewest other callouts: a leader runs from the mark down to its
 * own row, past the rows above it, and the leaders of the rows below pass its row. Events far apart
 * share a row; close ones take a row each. (A leader that must cross a callout passes behind its
 * text, whose halo hides it.)
 */
function packCallouts(unplaced: readonly TimelineCallout[], top: number): TimelineCallout[] {
  let rows: TimelineCallout[][] = [];
  const crosses = (c: TimelineCallout, x: number) => {
    const { left, right } = textSpan(c);
    return x >= left - CALLOUT_GAP / 2 && x <= right + CALLOUT_GAP / 2;
  };
  // How many callouts the leaders would cross with `c` in `row` of `candidate`.
  const crossings = (candidate: TimelineCallout[][], row: number, c: TimelineCallout) =>
    candidate.slice(0, row).reduce((n, above) => n + above.filter((o) => crosses(o, c.markX)).length, 0) +
    candidate.slice(row + 1).reduce((n, below) => n + below.filter((o) => crosses(c, o.markX)).length, 0) +
    candidate[row]!.filter((o) => o !== c && (crosses(o, c.markX) || crosses(c, o.markX))).length;
  for (const c of [...unplaced].sort((a, b) => b.markX - a.markX)) {
    const span = textSpan(c);
    const options: { rows: TimelineCallout[][]; row: number; cost: number }[] = [];
    rows.forEach((members, r) => {
      const apart = members.every((o) => span.right + CALLOUT_GAP <= textSpan(o).left || textSpan(o).right + CALLOUT_GAP <= span.left);
      if (!apart) return;
      const candidate = rows.map((m, i) => (i === r ? [...m, c] : m));
      options.push({ rows: candidate, row: r, cost: crossings(candidate, r, c) });
    });
    for (let k = rows.length; k >= 0; k--) {
      const candidate = [...rows.slice(0, k), [c], ...rows.slice(k)];
      // A new row costs a little, so a row shared at no extra crossing wins.
      options.push({ rows: candidate, row: k, cost: crossings(candidate, k, c) + 0.5 });
    }
    options.sort((a, b) => a.cost - b.cost || a.row - b.row);
    rows = options[0]!.rows;
  }
  const placed = new Map<string, TimelineCallout>();
  for (const row of rows) {
    const lines = Math.max(...row.map((c) => 1 + c.lines.length));
    for (const c of row) placed.set(c.id, { ...c, top, bottom: top + LINE_HEIGHT * (1 + c.lines.length) });
    top += lines * LINE_HEIGHT + ROW_GAP;
  }
  // In the order of the events they name, so their elements keep a stable order.
  return unplaced.map((c) => placed.get(c.id)!);
}

/** A mark's horizontal extent, for telling whether two marks in a lane would touch. */
const extent = (m: TimelineMark) =>
  m.shape === 'dot' ? { left: m.cx - m.size, right: m.cx + m.size } : { left: m.x, right: m.x + m.width };

/**
 * Rows for the focused marks of one lane: each takes the first row where it keeps MIN_MARK_SPACING
 * from the last mark there, centre to centre, and does not touch it. Close days (28 and 29
 * December) stack one above the other at their true places in time rather than merge.
 */
function stackRows(marks: readonly TimelineMark[]): Map<string, number> {
  const rows = new Map<string, number>();
  const lastInRow: TimelineMark[] = [];
  for (const mark of [...marks].sort((a, b) => a.cx - b.cx)) {
    let row = lastInRow.findIndex((last) => mark.cx - last.cx >= MIN_MARK_SPACING && extent(mark).left > extent(last).right + 1);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = mark;
    rows.set(mark.id, row);
  }
  return rows;
}

/** The note's words and bracket, with the bracket's top at `top`; null when its events are not in view. */
function placeNote(state: TimelineState, marks: readonly TimelineMark[], width: number, top: number): TimelineNote | null {
  if (!state.note) return null;
  const from = marks.find((m) => m.id === state.note!.fromId);
  const to = marks.find((m) => m.id === state.note!.toId);
  if (!from?.inView || !to?.inView) return null;
  const x1 = Math.min(from.cx, to.cx);
  const x2 = Math.max(from.cx, to.cx);
  const room = width - 2 * MARGIN_X;
  const lines = wrapText(state.note.text, LABEL_FONT_SIZE, Math.min(room, Math.max(NOTE_MIN_WIDTH, x2 - x1)));
  const widest = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT_SIZE)));
  const textX = clamp((x1 + x2) / 2, MARGIN_X + widest / 2, width - MARGIN_X - widest / 2);
  return { x1, x2, y: top + lines.length * LINE_HEIGHT + NOTE_GAP, textX, top, lines, textWidth: widest };
}

/** The overview strip, its foot at `bottom`. */
function overviewStrip(data: readonly TimelineDatum[], state: TimelineState, width: number, bottom: number): TimelineOverview {
  const startLabel = state.tickLabel(state.overview[0], 'year');
  const endLabel = state.tickLabel(new Date(state.overview[1].getTime() - 1), 'year');
  const x1 = MARGIN_X + textWidth(startLabel, LABEL_FONT_SIZE) + 8;
  const x2 = Math.max(x1 + 1, width - MARGIN_X - textWidth(endLabel, LABEL_FONT_SIZE) - 8);
  const x = timeScale(state.overview, [x1, x2]);
  const left = clamp(x(state.domain[0]), x1, x2);
  const right = clamp(x(state.domain[1]), x1, x2);
  return {
    y: bottom - OVERVIEW_HEIGHT / 2,
    x1,
    x2,
    startLabel,
    endLabel,
    eventXs: [...new Set(data.map((d) => x(d.start)))],
    // Never thinner than 3 px: a window of days on a span of decades is still a visible box.
    window: { x: Math.min(left, x2 - 3), width: Math.max(3, right - left) },
  };
}

/** One arrangement of the chart from the top down: lanes merged or not, some callouts shrunk to dates or dropped. */
interface Arrangement {
  lanes: TimelineLaneLayout[];
  marks: TimelineMark[];
  callouts: TimelineCallout[];
  note: TimelineNote | null;
  gridBottom: number;
  /** Where the callouts end. */
  bottom: number;
}

function arrange(
  data: readonly TimelineDatum[],
  state: TimelineState,
  base: readonly TimelineMark[],
  width: number,
  options: { withLanes: boolean; compact: ReadonlySet<string>; kept: readonly string[]; extra: number },
): Arrangement {
  const laneIds = options.withLanes ? state.lanes.map((lane) => lane.id) : [];
  const laneOf = (d: TimelineDatum | undefined) => Math.max(0, d?.lane ? laneIds.indexOf(d.lane) : 0);
  const byId = new Map(data.map((d) => [d.id, d]));
  let top = AXIS_Y + AXIS_GAP;
  const note = placeNote(state, base, width, top);
  if (note) top = note.y + NOTE_TICK + AXIS_GAP;

  const laneCount = Math.max(1, laneIds.length);
  const rows = new Map<string, number>();
  const rowsInLane: number[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const focused = base.filter((m) => m.emphasis === 'focus' && m.inView && laneOf(byId.get(m.id)) === lane);
    const laneRows = stackRows(focused);
    for (const [id, row] of laneRows) rows.set(id, row);
    rowsInLane[lane] = Math.max(1, ...[...laneRows.values()].map((row) => row + 1));
  }
  const lanes: TimelineLaneLayout[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const label = options.withLanes ? state.lanes[lane]!.label : '';
    const labelHeight = label ? LANE_LABEL_HEIGHT : 0;
    const y = top + labelHeight + options.extra / 2 + LANE_MARK_BAND / 2;
    lanes.push({ id: laneIds[lane] ?? '', label, labelY: top + labelHeight - 5 + options.extra / 2, y });
    top = y + (rowsInLane[lane]! - 1) * SUB_ROW + LANE_MARK_BAND / 2 + options.extra / 2;
  }
  const marks = base.map((m) => ({ ...m, cy: lanes[laneOf(byId.get(m.id))]!.y + (rows.get(m.id) ?? 0) * SUB_ROW }));

  const gridBottom = top;
  const callouts = packCallouts(
    options.kept.map((id) =>
      callout(
        byId.get(id)!,
        marks.find((m) => m.id === id)!,
        width,
        options.compact.has(id),
        0,
      ),
    ),
    top + FIRST_ROW_GAP,
  );
  const bottom = Math.max(gridBottom, ...callouts.map((c) => c.bottom));
  return { lanes, marks, callouts, note, gridBottom, bottom };
}

/**
 * Geometry of one timeline state at one size: ticks, lanes, marks, the note, callouts and the
 * overview strip as plain data. When the callouts do not fit the height, the lanes merge into one
 * line first (the labels matter more than the strands), then the least important labels shrink to
 * their date, then the overview goes, then the least important dates drop (the mark stays emphasised). Room left over spreads the lanes apart.
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

  const base = data.map((d): TimelineMark => {
    const emphasis: Emphasis = focusRank.has(d.id) ? 'focus' : d.start <= state.pastUntil ? 'past' : 'future';
    const inView = d.end > from && d.start < to;
    const focus = emphasis === 'focus';
    if (d.precision === 'day') {
      const cx = x(d.start);
      const size = focus ? FOCUS_DOT_RADIUS : DOT_RADIUS;
      return { id: d.id, shape: 'dot', x: cx, cx, cy: 0, width: 0, size, emphasis, calculated: d.calculated, inView };
    }
    const left = x(d.start);
    const spanWidth = Math.max(MIN_SPAN_WIDTH, x(d.end) - left);
    const size = (focus ? FOCUS_SPAN_HEIGHT : SPAN_HEIGHT) / 2;
    return {
      id: d.id,
      shape: 'span',
      x: left,
      cx: left + spanWidth / 2,
      cy: 0,
      width: spanWidth,
      size,
      emphasis,
      calculated: d.calculated,
      inView,
    };
  });

  const compact = new Set<string>();
  let kept = state.focusIds.filter((id) => base.find((m) => m.id === id)?.inView);
  let withLanes = state.lanes.length > 1;
  let withOverview = true;
  const limit = () => height - (withOverview ? OVERVIEW_HEIGHT + OVERVIEW_GAP : 0);
  let placed = arrange(data, state, base, width, { withLanes, compact, kept, extra: 0 });
  while (placed.bottom > limit() && kept.length > 0) {
    if (withLanes) withLanes = false;
    else if (compact.size < kept.length) {
      // `kept` is in priority order: shrink the least important full callout to its date; when all
      // are dates already, drop the least important.
      const lastFull = [...kept].reverse().find((id) => !compact.has(id));
      if (lastFull) compact.add(lastFull);
    } else if (withOverview) withOverview = false;
    else kept = kept.slice(0, -1);
    placed = arrange(data, state, base, width, { withLanes, compact, kept, extra: 0 });
  }
  const spare = limit() - placed.bottom;
  if (withLanes && spare > 0) {
    const extra = Math.min(LANE_MAX_EXTRA, Math.floor(spare / state.lanes.length));
    placed = arrange(data, state, base, width, { withLanes, compact, kept, extra });
  }

  return {
    width,
    height,
    axisY: AXIS_Y,
    axisStart: MARGIN_X,
    axisEnd: width - MARGIN_X,
    gridBottom: placed.gridBottom,
    ticks: timeTicks(state, width),
    lanes: placed.lanes,
    marks: placed.marks,
    callouts: placed.callouts,
    note: placed.note,
    // Under the chart's last label, or at its foot when the labels run that far.
    overview: withOverview ? overviewStrip(data, state, width, Math.min(height, placed.bottom + OVERVIEW_GAP + OVERVIEW_HEIGHT)) : null,
  };
}
