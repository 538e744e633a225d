// Where a scroll's main-thread time goes, from a Chromium trace: the work after each beat change,
// split into script, style, layout and paint, so a dropped frame can be traced to its cause.
import { round } from './stats.mjs';

/** Trace categories that carry the main thread's tasks, their stacks, and user-timing marks. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
];

const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.evaluateModule', 'FireIdleCallback']);
const PARTS = {
  style: new Set(['UpdateLayoutTree', 'RecalculateStyles']),
  layout: new Set(['Layout']),
  paint: new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']),
};
/** How long after a beat change its work is counted, at most (the next change ends it sooner). */
const WINDOW_US = 600_000;


/** Sums of script, style, layout and paint (ms) over the events of `tasks` and what they contain. */
function split(tasks, byThread) {
  const sums = { tasks: tasks.length, totalMs: 0, scriptMs: 0, styleMs: 0, layoutMs: 0, paintMs: 0, longestTaskMs: 0 };
  for (const task of tasks) {
    const inside = (byThread.get(task.tid) ?? []).filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const sum = (names) => inside.filter((e) => names.has(e.name)).reduce((total, e) => total + e.dur / 1000, 0);
    // Script: the outermost script events only (a script calling a script is counted once); style
    // and layout it forces are nested inside it and counted as style and layout, not script.
    const scripts = inside.filter((e) => SCRIPT.has(e.name));
    const outermost = scripts.filter((e) => !scripts.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
    const forced = inside.filter(
      (e) => (PARTS.style.has(e.name) || PARTS.layout.has(e.name)) && outermost.some((s) => s.ts <= e.ts && s.ts + s.dur >= e.ts + e.dur),
    );
    sums.totalMs += task.dur / 1000;
    sums.longestTaskMs = Math.max(sums.longestTaskMs, task.dur / 1000);
    sums.scriptMs += outermost.reduce((t, e) => t + e.dur / 1000, 0) - forced.reduce((t, e) => t + e.dur / 1000, 0);
    sums.styleMs += sum(PARTS.style);
    sums.layoutMs += sum(PARTS.layout);
    sums.paintMs += sum(PARTS.paint);
  }
  for (const key of Object.keys(sums)) sums[key] = round(sums[key], 1);
  return sums;
}

/**
 * From the trace of a scroll whose beat changes were marked `bench:beat:<id>` (scrollRuns.mjs):
 * `perBeat`, each change's main-thread work until the next change (at most 600 ms); `longTaskSplit`, the
 * same split over every task over 50 ms; `forcedRecalcs`, style recalculations the app's own script
 * forced (a read of layout after a write).
 */
export function traceAnatomy(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const marks = events
    .filter((e) => e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:beat:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
    .sort((a, b) => a.ts - b.ts);
  // The renderer's main thread: where the marks were made.
  const mainThread = marks[0]?.tid ?? events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const complete = events.filter((e) => e.ph === 'X' && e.tid === mainThread);
  const byThread = new Map([[mainThread, complete]]);
  const tasks = complete.filter((e) => e.name === 'RunTask');
  const perBeat = marks.map((mark, i) => {
    const end = Math.min(mark.ts + WINDOW_US, marks[i + 1]?.ts ?? Infinity);
    const inWindow = tasks.filter((t) => t.ts + t.dur >= mark.ts && t.ts < end);
    return { beat: mark.name.slice('bench:beat:'.length), ...split(inWindow, byThread) };
  });
  const forced = complete.filter(
    (e) => e.name === 'UpdateLayoutTree' && (e.args?.beginData?.stackTrace ?? []).some((frame) => frame.url?.includes('/assets/')),
  );
  return {
    perBeat,
    longTaskSplit: split(
      tasks.filter((t) => t.dur > 50_000),
      byThread,
    ),
    forcedRecalcs: forced.length,
    forcedRecalcMs: round(forced.reduce((t, e) => t + e.dur / 1000, 0), 1),
  };
}
