import { scaleLinear } from 'd3-scale';
import { textWidth, wrapText } from '../shared/textMetrics';
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  AGE_TICK_STEPS,
  SPACINGS,
  TICK_STEPS,
  TICK_BASELINE,
  CAPTION_GAP,
  GAP_LABEL_PADDING,
  LABEL_FONT_SIZE,
  LINE_HEIGHT,
  MARGIN_TOP,
  MARGIN_X,
  MIN_TICK_SPACING,
  NOTE_GAP,
} from './layout';
import type { SentenceChartData } from './types';

/** A line of text placed in the chart. */
export interface PlacedText {
  text: string;
  x: number;
  /** Baseline, in px. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Bold text after `text`: the figure itself. */
  strongSuffix?: string;
}

export interface SentenceRow {
  id: string;
  kind: 'request' | 'decision';
  visible: boolean;
  captionLines: PlacedText[];
  barY: number;
  barWidth: number;
  /** Width of the prison part at the start of the bar, 0 if none. */
  prisonWidth: number;
  noteLines: PlacedText[];
  /** The gap's label when this is the gap's row (inside the box, or under the row when too wide). */
  gapLabel: PlacedText | null;
  /** Bottom of the row's last line or bar, in px. */
  bottom: number;
}

export interface ScaleTick {
  value: number;
  x: number;
  label: string;
  /** `end` when a centred label would cross the right edge. */
  anchor: 'middle' | 'end';
}

export interface SentenceLayout {
  width: number;
  height: number;
  /** Bar height in px: smaller when the panel is short. */
  barHeight: number;
  /** Left edge of the bars. */
  x0: number;
  rows: SentenceRow[];
  gap: { x: number; y: number; width: number; label: PlacedText | null; visible: boolean } | null;
  ticks: ScaleTick[];
  tickY: number;
  gridTop: number;
  gridBottom: number;
  lifetime: {
    barY: number;
    x: number;
    width: number;
    labelLines: PlacedText[];
    endLabels: PlacedText[];
    ticks: ScaleTick[];
    tickY: number;
  };
}

const baseline = (top: number) => top + LINE_HEIGHT - 5;

type Spacing = (typeof SPACINGS)[number];

/**
 * Ticks from `first` to `last` on a linear scale, the step the smallest of `steps` that keeps labels
 * MIN_TICK_SPACING apart, the unit written after the last label. Both ends are always labelled when
 * the steps divide the range.
 */
function linearTicks(
  [first, last]: readonly [number, number],
  steps: readonly number[],
  x: (v: number) => number,
  width: number,
  lastLabel: (value: number) => string,
): ScaleTick[] {
  const maxTicks = Math.max(2, Math.floor((width - 2 * MARGIN_X) / MIN_TICK_SPACING));
  const step = steps.find((s) => (last - first) / s <= maxTicks) ?? steps[steps.length - 1] ?? last - first;
  const values: number[] = [];
  for (let v = first; v <= last + 1e-9; v += step) values.push(v);
  return values.map((value, i) => {
    const label = i === values.length - 1 ? lastLabel(value) : String(value);
    const overflows = x(value) + textWidth(label, LABEL_FONT_SIZE) / 2 > width - 2;
    return { value, x: x(value), label, anchor: overflows ? 'end' : 'middle' };
  });
}

/**
 * Geometry of the sentence chart at one size: rows of bars on one shared scale of years, and the
 * lifetime view of the same term on an age axis. Pure and deterministic.
 */
export function sentenceLayout(
  data: SentenceChartData,
  visibleBarIds: readonly string[],
  size: { width: number; height: number },
): SentenceLayout {
  const { width, height } = size;
  const maxMonths = Math.max(...data.bars.map((b) => b.months));
  const inner = width - 2 * MARGIN_X;
  // Whole pixels, as the timeline's: bars end on a pixel, and the page carries no 14-digit coordinates.
  const x = scaleLinear()
    .domain([0, maxMonths])
    .rangeRound([MARGIN_X, width - MARGIN_X]);
  const visible = new Set(visibleBarIds);

  const from = data.bars.find((b) => b.id === data.gap.fromBarId);
  const to = data.bars.find((b) => b.id === data.gap.toBarId);
  const gapX = to ? x(to.months) : 0;
  const gapWidth = from && to ? x(from.months) - gapX : 0;
  const gapLabelInside = textWidth(data.gap.label, LABEL_FONT_SIZE) + 2 * GAP_LABEL_PADDING <= gapWidth;

  const layoutRows = ({ barHeight, rowGap, notes }: Spacing) => {
    let top = MARGIN_TOP;
    const rows = data.bars.map((bar): SentenceRow => {
      // Caption and figure on one line when they fit, the figure in bold; else the figure below.
      const captionTexts: Omit<PlacedText, 'x' | 'y' | 'anchor'>[] =
        textWidth(`${bar.caption} · ${bar.valueLabel}`, LABEL_FONT_SIZE) <= inner
          ? [{ text: `${bar.caption} · `, strongSuffix: bar.valueLabel }]
          : [...wrapText(bar.caption, LABEL_FONT_SIZE, inner).map((text) => ({ text })), { text: '', strongSuffix: bar.valueLabel }];
      const captionLines = captionTexts.map((t, i) => ({
        ...t,
        x: MARGIN_X,
        y: baseline(top + i * LINE_HEIGHT),
        anchor: 'start' as const,
      }));
      const barY = top + captionLines.length * LINE_HEIGHT + CAPTION_GAP;
      const noteTop = barY + barHeight + NOTE_GAP;
      const noteLines: PlacedText[] =
        notes && bar.note
          ? wrapText(bar.note, LABEL_FONT_SIZE, inner).map((text, i) => ({
              text,
              x: MARGIN_X,
              y: baseline(noteTop + i * LINE_HEIGHT),
              anchor: 'start',
            }))
          : [];
      // A gap label too wide for its box goes on its own line under the row, ending at the box's edge.
      const gapLabelBelow = bar.id === data.gap.toBarId && !gapLabelInside;
      const extraLines = gapLabelBelow ? 1 : 0;
      const gapLabel: PlacedText | null =
        bar.id !== data.gap.toBarId
          ? null
          : gapLabelInside
            ? { text: data.gap.label, x: gapX + gapWidth / 2, y: barY + barHeight / 2 + 5, anchor: 'middle' }
            : { text: data.gap.label, x: gapX + gapWidth, y: baseline(noteTop + noteLines.length * LINE_HEIGHT), anchor: 'end' };
      const textLines = noteLines.length + extraLines;
      top = (textLines ? noteTop + textLines * LINE_HEIGHT : barY + barHeight) + rowGap;
      return {
        id: bar.id,
        kind: bar.kind,
        visible: visible.has(bar.id),
        captionLines,
        barY,
        barWidth: x(bar.months) - MARGIN_X,
        prisonWidth: bar.prisonMonths ? x(bar.prisonMonths) - MARGIN_X : 0,
        noteLines,
        gapLabel,
        bottom: top - rowGap,
      };
    });
    return { rows, bottom: top - rowGap };
  };
  // The roomiest spacing whose rows and scale fit the height; the tightest one otherwise.
  const spacing =
    SPACINGS.find((sp) => layoutRows(sp).bottom + sp.rowGap + AXIS_HEIGHT <= height) ?? (SPACINGS[SPACINGS.length - 1] as Spacing);
  const { barHeight } = spacing;
  const { rows } = layoutRows(spacing);
  // The scale sits under the last row shown, so a bar still to come leaves no hole.
  const bottom = Math.max(MARGIN_TOP, ...rows.filter((r) => r.visible).map((r) => r.bottom));

  const toRow = rows.find((r) => r.id === data.gap.toBarId);
  const gap: SentenceLayout['gap'] =
    from && toRow
      ? { x: gapX, y: toRow.barY, width: gapWidth, label: toRow.gapLabel, visible: toRow.visible && visible.has(from.id) }
      : null;

  const tickY = bottom + TICK_BASELINE;
  const ticks = linearTicks([0, Math.floor(maxMonths / 12)], TICK_STEPS, (years) => x(years * 12), width, data.lastTickLabel);

  // The lifetime view: one bar on an age axis, its label above and the two ends named below.
  const life = data.lifetime;
  const age = scaleLinear()
    .domain(life.domain)
    .rangeRound([MARGIN_X, width - MARGIN_X]);
  const labelLines = wrapText(life.barLabel, LABEL_FONT_SIZE, inner).map((text, i) => ({
    text,
    x: MARGIN_X,
    y: baseline(MARGIN_TOP + i * LINE_HEIGHT),
    anchor: 'start' as const,
  }));
  const lifeBarY = MARGIN_TOP + labelLines.length * LINE_HEIGHT + CAPTION_GAP;
  const endsTop = lifeBarY + BAR_HEIGHT + NOTE_GAP;
  const startX = age(life.startAge);
  const endX = age(life.endAge);
  // Both ends on one line when they fit side by side; else the start's lines, then the end's, each
  // wrapped to the frame (a translation's words can outrun a phone's width) and kept inside it.
  const startLines = wrapText(life.startLabel, LABEL_FONT_SIZE, inner);
  const endLines = wrapText(life.endLabel, LABEL_FONT_SIZE, inner);
  const endsFitOnOneLine =
    startLines.length === 1 &&
    endLines.length === 1 &&
    textWidth(life.startLabel, LABEL_FONT_SIZE) + textWidth(life.endLabel, LABEL_FONT_SIZE) + 2 * GAP_LABEL_PADDING <= inner;
  const endTop = endsFitOnOneLine ? endsTop : endsTop + startLines.length * LINE_HEIGHT;
  const endLabels: PlacedText[] = [
    ...startLines.map((text, i) => ({
      text,
      x: Math.min(Math.max(MARGIN_X, startX), width - MARGIN_X - textWidth(text, LABEL_FONT_SIZE)),
      y: baseline(endsTop + i * LINE_HEIGHT),
      anchor: 'start' as const,
    })),
    ...endLines.map((text, i) => ({
      text,
      x: Math.max(MARGIN_X + textWidth(text, LABEL_FONT_SIZE), Math.min(width - MARGIN_X, endX)),
      y: baseline(endTop + i * LINE_HEIGHT),
      anchor: 'end' as const,
    })),
  ];
  const lifeTickY = endTop + endLines.length * LINE_HEIGHT + TICK_BASELINE;

  return {
    width,
    height,
    barHeight,
    x0: MARGIN_X,
    rows,
    gap,
    ticks,
    tickY,
    gridTop: MARGIN_TOP,
    gridBottom: tickY - LINE_HEIGHT + 4,
    lifetime: {
      barY: lifeBarY,
      x: startX,
      width: endX - startX,
      labelLines,
      endLabels,
      ticks: linearTicks(life.tickRange, AGE_TICK_STEPS, age, width, data.lifetimeLastTickLabel),
      tickY: lifeTickY,
    },
  };
}
