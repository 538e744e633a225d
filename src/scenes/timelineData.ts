import type { TimelineDatum, TimelineState } from '../charts/Timeline/types';
import { DAY_MS, formatLongDate, formatShortDate, isoAt, parseIsoDate, periodEnd, precisionOf } from '../lib/utcDate';
import type { Beat, EventFacts, FactStatus, StoryEdition } from '../story';

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
      ...(event.strand ? { lane: event.strand } : {}),
    }));
    dataCache.set(events, data);
  }
  return data;
}

/** The shortest window a beat shows, in days: a beat about one day still shows the weeks around it. */
const MIN_WINDOW_DAYS = 21;
/** Room on each side of a beat's events, as a share of their span (and at least two days). */
const WINDOW_PADDING = 0.1;

/**
 * The window of time a beat shows: its events and its note's, with a little room either side, so
 * they read as a sequence across the width rather than a clump at one end of a long axis.
 */
export function windowFor(periods: readonly { start: Date; end: Date }[]): readonly [Date, Date] {
  const first = Math.min(...periods.map((p) => p.start.getTime()));
  const last = Math.max(...periods.map((p) => p.end.getTime()));
  const pad = Math.max((last - first) * WINDOW_PADDING, 2 * DAY_MS);
  const grow = Math.max(0, (MIN_WINDOW_DAYS * DAY_MS - (last - first + 2 * pad)) / 2);
  return [new Date(first - pad - grow), new Date(last + pad + grow)];
}

/** The ticks' labels in the edition's language: a bare year, or the month or day as the story writes dates. */
const tickLabelFor =
  (lang: string): TimelineState['tickLabel'] =>
  (date, precision) =>
    precision === 'year' ? isoAt(date, 'year') : formatShortDate(isoAt(date, precision), lang);

const stateCache = new WeakMap<Pick<Beat, 'scene'>, TimelineState>();

/**
 * The timeline state for a beat with a timeline scene: the window its events call for, the lanes,
 * its focus, its note, and the moment before which events count as past (the start of the latest
 * focused event). Cached per beat so the chart receives the same object and skips its layout when
 * nothing changed.
 */
export function timelineStateFor(
  story: Pick<StoryEdition, 'events' | 'strands' | 'lang'>,
  beat: Pick<Beat, 'scene' | 'graphicNote'>,
): TimelineState {
  const cached = stateCache.get(beat);
  if (cached) return cached;
  const scene = beat.scene;
  if (scene.kind !== 'timeline') throw new Error('A timeline state needs a beat with a timeline scene');
  const data = new Map(story.events.map((event) => [event.id, { start: parseIsoDate(event.date), end: periodEnd(event.date) }]));
  const period = (id: string) => {
    const found = data.get(id);
    if (!found) throw new Error(`The story has no event "${id}"`);
    return found;
  };
  const all = [...data.values()];
  const state: TimelineState = {
    domain: windowFor([...scene.focus, ...(scene.note ?? [])].map(period)),
    overview: [new Date(Math.min(...all.map((p) => p.start.getTime()))), new Date(Math.max(...all.map((p) => p.end.getTime())))],
    lanes: story.strands ?? [],
    focusIds: scene.focus,
    pastUntil: new Date(Math.max(...scene.focus.map((id) => period(id).start.getTime()))),
    ...(scene.note && beat.graphicNote ? { note: { fromId: scene.note[0], toId: scene.note[1], text: beat.graphicNote } } : {}),
    tickLabel: tickLabelFor(story.lang),
  };
  stateCache.set(beat, state);
  return state;
}
