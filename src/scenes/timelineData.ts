import type { TimelineDatum, TimelineState } from '../charts/Timeline/types';
import { formatLongDate, formatShortDate, parseIsoDate, periodEnd, precisionOf } from '../lib/utcDate';
import type { EventFacts, FactStatus, Scene, TimelineWindow } from '../story';

type TimelineScene = Extract<Scene, { kind: 'timeline' }>;

const dataCache = new WeakMap<readonly EventFacts[], readonly TimelineDatum[]>();

/**
 * Every event of a story as the timeline draws it, its dates written in the edition's language
 * (`lang`). Built once per edition: the data never changes.
 */
export function timelineDataFor(
  events: readonly EventFacts[],
  statusNames: Readonly<Record<FactStatus, string>>,
  lang: string,
): readonly TimelineDatum[] {
  let data = dataCache.get(events);
  if (!data) {
    data = events.map((event) => ({
      id: event.id,
      start: parseIsoDate(event.date),
      end: periodEnd(event.date),
      precision: precisionOf(event.date),
      label: event.label,
      dateLabel: formatShortDate(event.date, lang),
      calculated: event.status === 'calculated',
      iso: event.date,
      longDate: formatLongDate(event.date, lang),
      statusLabel: statusNames[event.status],
      ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    }));
    dataCache.set(events, data);
  }
  return data;
}

const stateCache = new WeakMap<TimelineScene, TimelineState>();

/**
 * The timeline state for a timeline scene: its window of time, its focus, and the moment before
 * which events count as past (the start of the latest focused event). Cached per scene so the chart
 * receives the same object and skips its layout when nothing changed.
 */
export function timelineStateFor(
  story: { events: readonly EventFacts[]; views: Readonly<Record<string, TimelineWindow>> },
  scene: TimelineScene,
): TimelineState {
  const cached = stateCache.get(scene);
  if (cached) return cached;
  const window = story.views[scene.view];
  if (!window) throw new Error(`The story has no timeline view "${scene.view}"`);
  const byId = new Map(story.events.map((event) => [event.id, parseIsoDate(event.date)]));
  const focusStarts = scene.focus.map((id) => byId.get(id)?.getTime() ?? 0);
  const state: TimelineState = {
    domain: [parseIsoDate(window[0]), parseIsoDate(window[1])],
    focusIds: scene.focus,
    pastUntil: new Date(Math.max(...focusStarts)),
    ...(scene.span ? { termSpan: scene.span } : {}),
  };
  stateCache.set(scene, state);
  return state;
}
