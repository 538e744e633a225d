import { scaleLinear } from 'd3-scale';
import { textWidth, wrapText } from '../shared/textMetrics';
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  SPACINGS,
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
  /** Drawn bold: the figure itself. */
  strong?: boolean;
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

/** Ticks for a linear scale, spaced so labels never collide, the unit written after the last. */
function linearTicks(domain: readonly [number, number], x: (v: number) => number, width: number, unit: string): ScaleTick[] {
  const maxTicks = Math.max(2, Math.floor((width - 2 * MARGIN_X) / MIN_TICK_SPACING));
  const span = domain[1] - domain[0];
  const step = [1, 2, 5, 10].find((s) => span / s <= maxTicks) ?? 10;
  const first = Math.ceil(domain[0] / step) * step;
  const values: number[] = [];
  for (let v = first; v <= domain[1] + 1e-9; v += step) values.push(v);
  return values.map((value, i) => {
    const label = i === values.length - 1 ? `${value} ${unit}` : String(value);
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
  const x = scaleLinear().domain([0, maxMonths]).range([MARGIN_X, width - MARGIN_X]);
  const visible = new Set(visibleBarIds);

  const layoutRows = ({ barHeight, rowGap }: Spacing) => {
    let top = MARGIN_TOP;
    const rows = data.bars.map((bar): SentenceRow => {
      const oneLine = `${bar.caption} · ${bar.valueLabel}`;
      const captionTexts =
        textWidth(oneLine, LABEL_FONT_SIZE) <= inner
          ? [{ text: oneLine, strong: false }]
          : [
              ...wrapText(bar.caption, LABEL_FONT_SIZE, inner).map((text) => ({ text, strong: false })),
              { text: bar.valueLabel, strong: true },
            ];
      const captionLines = captionTexts.map((t, i) => ({ ...t, x: MARGIN_X, y: baseline(top + i * LINE_HEIGHT), anchor: 'start' as const }));
      const barY = top + captionLines.length * LINE_HEIGHT + CAPTION_GAP;
      const noteTop = barY + barHeight + NOTE_GAP;
      const noteLines =
        bar.id === data.noteBarId
          ? wrapText(data.prisonNote, LABEL_FONT_SIZE, inner).map((text, i) => ({ text, x: MARGIN_X, y: baseline(noteTop + i * LINE_HEIGHT), anchor: 'start' as const }))
          : [];
      top = (noteLines.length ? noteTop + noteLines.length * LINE_HEIGHT : barY + barHeight) + rowGap;
      return {
        id: bar.id,
        kind: bar.kind,
        visible: visible.has(bar.id),
        captionLines,
        barY,
        barWidth: x(bar.months) - MARGIN_X,
        prisonWidth: bar.prisonMonths ? x(bar.prisonMonths) - MARGIN_X : 0,
        noteLines,
      };
    });
    return { rows, bottom: top - rowGap };
  };
  // The roomiest spacing whose rows and scale fit the height; the tightest one otherwise.
  const spacing = SPACINGS.find((sp) => layoutRows(sp).bottom + sp.rowGap + AXIS_HEIGHT <= height) ?? (SPACINGS[SPACINGS.length - 1] as Spacing);
  const { barHeight } = spacing;
  const { rows, bottom } = layoutRows(spacing);

  const from = data.bars.find((b) => b.id === data.gap.fromBarId);
  const to = data.bars.find((b) => b.id === data.gap.toBarId);
  const toRow = rows.find((r) => r.id === data.gap.toBarId);
  let gap: SentenceLayout['gap'] = null;
  if (from && to && toRow) {
    const gx = x(to.months);
    const gw = x(from.months) - gx;
    const fits = textWidth(data.gap.label, LABEL_FONT_SIZE) + 2 * GAP_LABEL_PADDING <= gw;
    gap = {
      x: gx,
      y: toRow.barY,
      width: gw,
      label: fits ? { text: data.gap.label, x: gx + gw / 2, y: toRow.barY + barHeight / 2 + 5, anchor: 'middle' } : null,
      visible: toRow.visible && visible.has(from.id),
    };
  }

  const tickY = bottom + TICK_BASELINE;
  const ticks = linearTicks([0, maxMonths / 12], (years) => x(years * 12), width, data.axisUnit);

  // The lifetime view: one bar on an age axis, its label above and the two ends named below.
  const life = data.lifetime;
  const age = scaleLinear().domain(life.domain).range([MARGIN_X, width - MARGIN_X]);
  const labelLines = wrapText(life.barLabel, LABEL_FONT_SIZE, inner).map((text, i) => ({
    text, x: MARGIN_X, y: baseline(MARGIN_TOP + i * LINE_HEIGHT), anchor: 'start' as const,
  }));
  const lifeBarY = MARGIN_TOP + labelLines.length * LINE_HEIGHT + CAPTION_GAP;
  const endsTop = lifeBarY + BAR_HEIGHT + NOTE_GAP;
  const startX = age(life.startAge);
  const endX = age(life.endAge);
  const endsFitOnOneLine =
    textWidth(life.startLabel, LABEL_FONT_SIZE) + textWidth(life.endLabel, LABEL_FONT_SIZE) + 2 * GAP_LABEL_PADDING <= inner;
  const endLabels: PlacedText[] = [
    { text: life.startLabel, x: Math.max(MARGIN_X, startX), y: baseline(endsTop), anchor: 'start' },
    {
      text: life.endLabel,
      x: Math.min(width - MARGIN_X, endX),
      y: baseline(endsFitOnOneLine ? endsTop : endsTop + LINE_HEIGHT),
      anchor: 'end',
    },
  ];
  const lifeTickY = endsTop + (endsFitOnOneLine ? 1 : 2) * LINE_HEIGHT + TICK_BASELINE;

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
      ticks: linearTicks(life.domain, age, width, data.lifetimeAxisUnit).filter((t) => t.value <= life.domain[1]),
      tickY: lifeTickY,
    },
  };
}
