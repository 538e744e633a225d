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
  LEADER_GAP,
  LIFE_BAR_MAX_EXTRA,
  LIFE_ROW_MAX_GAP,
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
    barHeight: number;
    /** The term: from his detention to its possible end. */
    x: number;
    width: number;
    /** The bar's three parts: his life before his detention, custody so far, the rest of the term. */
    segments: { kind: 'before' | 'custody' | 'rest'; x: number; width: number }[];
    /** Over the bar: his birth at its start, the term's name over the term. */
    labelLines: PlacedText[];
    /** Under the bar: the detention, custody so far and the term's end, each ending at its point. */
    endLabels: PlacedText[];
    leaders: { x: number; y1: number; y2: number }[];
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

  const lifetime = lifetimeLayout(data.lifetime, data.lifetimeLastTickLabel, width, height);
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
    lifetime,
  };
}

/**
 * The lifetime view: his whole life as one bar on an age axis, in three parts (the years before his
 * detention, his time in custody so far, the rest of the term), named over and under the bar. Each
 * name under it sits on its own line, ending at the point it names, joined to it by a leader, so
 * names of points a few pixels apart never collide. The bar grows with the panel, up to a limit.
 */
function lifetimeLayout(
  life: SentenceChartData['lifetime'],
  lastTickLabel: (age: number) => string,
  width: number,
  height: number,
): SentenceLayout['lifetime'] {
  const inner = width - 2 * MARGIN_X;
  const age = scaleLinear()
    .domain(life.domain)
    .rangeRound([MARGIN_X, width - MARGIN_X]);
  const [startX, custodyX, endX] = [life.startAge, life.custodyEndAge, life.endAge].map((a) => age(a)) as [number, number, number];
  const bornLines = wrapText(life.bornLabel, LABEL_FONT_SIZE, inner);
  const termLines = wrapText(life.barLabel, LABEL_FONT_SIZE, inner);
  // The term's name ends over the term's end, on the born label's line when both fit side by side.
  const oneLineOver =
    bornLines.length === 1 &&
    termLines.length === 1 &&
    textWidth(life.bornLabel, LABEL_FONT_SIZE) + textWidth(life.barLabel, LABEL_FONT_SIZE) + 2 * GAP_LABEL_PADDING <= endX - MARGIN_X;
  const overLines = oneLineOver ? 1 : bornLines.length + termLines.length;
  const under = [
    { text: life.startLabel, x: startX },
    { text: life.custodyLabel, x: custodyX },
    { text: life.endLabel, x: endX },
  ].map((label) => ({ ...label, lines: wrapText(label.text, LABEL_FONT_SIZE, inner) }));
  const underLines = under.reduce((n, label) => n + label.lines.length, 0);
  // What is left after the words and the scale goes to the bar and the gaps between the names under it.
  const fixed = MARGIN_TOP + overLines * LINE_HEIGHT + CAPTION_GAP + NOTE_GAP + underLines * LINE_HEIGHT + AXIS_HEIGHT;
  const spare = Math.max(0, height - fixed - BAR_HEIGHT);
  const barHeight = BAR_HEIGHT + Math.min(LIFE_BAR_MAX_EXTRA, Math.floor(spare / 2));
  const rowGap = Math.min(LIFE_ROW_MAX_GAP, Math.floor((spare - (barHeight - BAR_HEIGHT)) / under.length));

  const labelLines: PlacedText[] = [
    ...bornLines.map((text, i) => ({ text, x: MARGIN_X, y: baseline(MARGIN_TOP + i * LINE_HEIGHT), anchor: 'start' as const })),
    ...termLines.map((text, i) => {
      const line = oneLineOver ? i : bornLines.length + i;
      const x = Math.max(MARGIN_X + textWidth(text, LABEL_FONT_SIZE), endX);
      return { text, x, y: baseline(MARGIN_TOP + line * LINE_HEIGHT), anchor: 'end' as const };
    }),
  ];
  const barY = MARGIN_TOP + overLines * LINE_HEIGHT + CAPTION_GAP;
  let top = barY + barHeight + NOTE_GAP;
  const endLabels: PlacedText[] = [];
  const leaders: { x: number; y1: number; y2: number }[] = [];
  for (const label of under) {
    top += rowGap;
    label.lines.forEach((text, i) =>
      endLabels.push({
        text,
        // Ends at its point, pulled back inside the frame when the words are wider than the room to its left.
        x: Math.min(width - MARGIN_X, Math.max(MARGIN_X + textWidth(text, LABEL_FONT_SIZE), label.x - LEADER_GAP)),
        y: baseline(top + i * LINE_HEIGHT),
        anchor: 'end' as const,
      }),
    );
    top += label.lines.length * LINE_HEIGHT;
    leaders.push({ x: label.x, y1: barY + barHeight, y2: top - 4 });
  }
  return {
    barY,
    barHeight,
    x: startX,
    width: endX - startX,
    segments: [
      { kind: 'before', x: MARGIN_X, width: startX - MARGIN_X },
      { kind: 'custody', x: startX, width: custodyX - startX },
      { kind: 'rest', x: custodyX, width: endX - custodyX },
    ],
    labelLines,
    endLabels,
    leaders,
    ticks: linearTicks(life.tickRange, AGE_TICK_STEPS, age, width, lastTickLabel),
    tickY: top + TICK_BASELINE,
  };
}
