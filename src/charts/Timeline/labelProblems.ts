import { textWidth } from '../shared/textMetrics';
import { LABEL_FONT_SIZE } from './layout';
import type { TimelineCallout, TimelineLayout } from './timelineLayout';

/** The box a callout's text occupies, in px. */
export function calloutBox(c: TimelineCallout) {
  const left = c.anchor === 'start' ? c.textX : c.textX - c.textWidth;
  return { left, right: left + c.textWidth, top: c.top, bottom: c.bottom };
}

/**
 * Where a timeline layout breaks its labels' rules: a label leaving the frame, or two labels on top
 * of each other (callouts, the note, the overview's years). Empty when it keeps them. (A leader may
 * pass behind another callout's text, whose halo hides it; the packing keeps that rare.) What the layout tests hold every timeline to, for
 * the chart's own fixture and for each edition's story alike.
 */
export function labelProblems(layout: TimelineLayout, { width, height }: { width: number; height: number }): string[] {
  const problems: string[] = [];
  const boxes = layout.callouts.map((c) => ({ id: c.id, ...calloutBox(c) }));
  if (layout.note) {
    const { note } = layout;
    boxes.push({
      id: 'note',
      left: note.textX - note.textWidth / 2,
      right: note.textX + note.textWidth / 2,
      top: note.top,
      bottom: note.y,
    });
  }
  const { overview } = layout;
  const yearTop = overview ? overview.y - 9 : 0;
  if (overview)
    boxes.push(
      {
        id: 'overview start',
        left: overview.x1 - 8 - textWidth(overview.startLabel, LABEL_FONT_SIZE),
        right: overview.x1,
        top: yearTop,
        bottom: yearTop + 17,
      },
      {
        id: 'overview end',
        left: overview.x2,
        right: overview.x2 + 8 + textWidth(overview.endLabel, LABEL_FONT_SIZE),
        top: yearTop,
        bottom: yearTop + 17,
      },
    );
  for (const [i, b] of boxes.entries()) {
    if (b.left < 0 || b.right > width || b.bottom > height) problems.push(`${b.id} leaves the frame`);
    for (const other of boxes.slice(i + 1)) {
      const apart = b.bottom <= other.top || other.bottom <= b.top || b.right <= other.left || other.right <= b.left;
      if (!apart) problems.push(`${b.id} overlaps ${other.id}`);
    }
  }
  return problems;
}
