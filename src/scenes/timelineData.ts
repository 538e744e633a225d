import type { TimelineDatum, TimelineState } from '../charts/Timeline/types';
import { formatLongDate, formatShortDate, parseIsoDate, periodEnd, precisionOf } from '../lib/utcDate';
import { events, type Scene } from '../story';
import { tableCopy } from '../story/graphicCopy';
import { timelineViews } from '../story/views';

/** Every story event as the timeline draws it. Built once: the data never changes. */
export const timelineData: readonly TimelineDatum[] = events.map((event) => ({
  id: event.id,
  start: parseIsoDate(event.date),
  end: periodEnd(event.date),
  precision: precisionOf(event.date),
  label: event.label,
  dateLabel: formatShortDate(event.date),
  calculated: event.status === 'calculated',
  iso: event.date,
  longDate: formatLongDate(event.date),
  statusLabel: tableCopy.statusNames[event.status],
  ...(event.dateNote ? { dateNote: event.dateNote } : {}),
}));

const byId = new Map(timelineData.map((d) => [d.id, d]));
const stateCache = new Map<Scene, TimelineState>();

/**
 * The timeline state for a timeline scene: its window of time, its focus, and the moment before
 * which events count as past (the start of the latest focused event). Cached per scene so the chart
 * receives the same object and skips its layout when nothing changed.
 */
export function timelineStateFor(scene: Extract<Scene, { kind: 'timeline' }>): TimelineState {
  const cached = stateCache.get(scene);
  if (cached) return cached;
  const [from, to] = timelineViews[scene.view];
  const focusEnds = scene.focus.map((id) => byId.get(id)?.start.getTime() ?? 0);
  const state: TimelineState = {
    domain: [parseIsoDate(from), parseIsoDate(to)],
    focusIds: scene.focus,
    pastUntil: new Date(Math.max(...focusEnds)),
    ...(scene.showTerm ? { termSpan: ['detained', 'term-end'] as const } : {}),
  };
  stateCache.set(scene, state);
  return state;
}
