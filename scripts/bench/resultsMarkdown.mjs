// bench/results.md from the benchmark's results: each figure beside its floor, and each target
// marked met (✓) or missed (✗).
import { SCROLL_PATTERNS } from './scrollRuns.mjs';
import { round } from './stats.mjs';
const ms = (value) => `${round(value)} ms`;
const kb = (bytes) => `${round(bytes / 1024, 1)} KB`;
const mark = (met) => (met ? '✓' : '✗');

/** The scroll targets: no more long tasks than the floor, p95 within 2 ms, at most 1.2× its slow frames. */
export function scrollTargets({ story, floor }) {
  return {
    longTasks: story.longTasks <= floor.longTasks,
    p95: story.frameP95Ms <= floor.frameP95Ms + 2,
    slowFrames: story.framesOver17ms <= 1.2 * floor.framesOver17ms,
  };
}

function paintTable(results, lines) {
  const protocols = Object.keys(results.paint);
  const names = ['paragraph', 'static', ...Object.keys(results.paint[protocols[0]]).filter((n) => n !== 'paragraph' && n !== 'static')];
  const label = { paragraph: 'One paragraph (floor)', static: 'The page without its scripts' };
  lines.push(
    `### First paint: Lighthouse mobile LCP against a bare paragraph (target: at most ${results.lcpTargetRatio}× over ${results.protocols.h2})`,
    '',
    `| Page | ${protocols.map((p) => `${results.protocols[p]}: LCP | × paragraph | FCP | CLS | Requests | Bytes`).join(' | ')} |`,
    `|---|${protocols.map(() => '---|---|---|---|---|---|').join('')}`,
  );
  for (const name of names) {
    const cells = protocols.map((protocol) => {
      const r = results.paint[protocol][name];
      const ratio = r.lcpMs / results.paint[protocol].paragraph.lcpMs;
      const target = protocol === 'h2' && name !== 'paragraph' && name !== 'static' ? ` ${mark(ratio <= results.lcpTargetRatio)}` : '';
      return `${ms(r.lcpMs)} | ${round(ratio, 2)}×${target} | ${ms(r.fcpMs)} | ${round(r.cls, 3)} | ${r.requests} | ${kb(r.bytes)}`;
    });
    lines.push(`| ${label[name] ?? name} | ${cells.join(' | ')} |`);
  }
}

function scrollTable(results, lines) {
  lines.push(
    '',
    '### Scroll: the story against the same page without its scripts (the floor), same input, same viewport',
    '',
    'Targets: no more long tasks than the floor, frame time p95 within 2 ms of it, at most 1.2× its frames over 17 ms.',
    'Phone 375×812 for the editions; the presenter at 1920×1080, against the page without scripts paged by the same keys.',
    '',
    '| Page | Input | CPU | Frames | Long tasks (floor) | Frame p95 (floor) | Frames over 17 ms (floor) | Main thread (floor) | Targets |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const row of results.scroll) {
    const { story, floor } = row;
    const met = scrollTargets(row);
    lines.push(
      `| ${row.subject} | ${SCROLL_PATTERNS[row.pattern]} | ${row.cpuRate}× | ${story.frames} (${floor.frames}) | ` +
        `${story.longTasks} (${floor.longTasks}) ${mark(met.longTasks)} | ${story.frameP95Ms} ms (${floor.frameP95Ms}) ${mark(met.p95)} | ` +
        `${story.framesOver17ms} (${floor.framesOver17ms}) ${mark(met.slowFrames)} | ${ms(story.mainThreadMs)} (${ms(floor.mainThreadMs)}) | ` +
        `${met.longTasks && met.p95 && met.slowFrames ? 'all met' : 'missed'} |`,
    );
  }
}

function anatomyTable(results, lines) {
  for (const [pattern, anatomy] of Object.entries(results.anatomy)) {
    const page = pattern === 'keys' ? 'the presenter at 1920×1080' : 'the English edition at 375×812';
    lines.push(
      '',
      `### Where the time goes: ${page}, ${SCROLL_PATTERNS[pattern]}, 4× CPU, traced`,
      '',
      `${anatomy.frames} frames, ${anatomy.framesOver17ms} over 17 ms, ${anatomy.longTasks} long tasks in the page's own count. ` +
        `Main-thread work from each change of beat until the next (at most 600 ms), in ms:`,
      '',
      '| Beat reached | Tasks | Script | Style | Layout | Paint | Longest task |',
      '|---|---|---|---|---|---|---|',
    );
    for (const b of anatomy.perBeat) {
      lines.push(`| ${b.beat} | ${b.tasks} | ${b.scriptMs} | ${b.styleMs} | ${b.layoutMs} | ${b.paintMs} | ${b.longestTaskMs} |`);
    }
    const t = anatomy.longTaskSplit;
    lines.push(
      '',
      `Tasks over 50 ms in the trace: ${t.tasks} (${t.totalMs} ms: script ${t.scriptMs}, style ${t.styleMs}, layout ${t.layoutMs}, paint ${t.paintMs}). ` +
        `Style recalculations forced by the app's script: ${anatomy.forcedRecalcs} (${anatomy.forcedRecalcMs} ms).`,
    );
  }
}

function comparisonTables(results, lines) {
  const { timelinejs, floors, uzbek, paint } = results;
  const english = paint.h2.English;
  lines.push(
    '',
    `### Beside TimelineJS, and the other floors (Lighthouse, ${results.protocols.h2})`,
    '',
    '| | LCP | FCP | TBT | CLS | Bytes | Long tasks |',
    '|---|---|---|---|---|---|---|',
  );
  const row = (name, r) => lines.push(`| ${name} | ${ms(r.lcpMs)} | ${ms(r.fcpMs)} | ${ms(r.tbtMs)} | ${round(r.cls, 3)} | ${kb(r.bytes)} | ${r.longTasks} |`);
  row('Explainer, mobile', english);
  row('TimelineJS, mobile', timelinejs.mobile);
  row('Explainer, desktop', timelinejs.explainerDesktop);
  row('TimelineJS, desktop', timelinejs.desktop);
  row('Uzbek edition, mobile', uzbek);
  row('Floor: the page without scripts, in its web faces fetched with it, mobile', floors.staticWebFaces);
  row('Floor: one paragraph hydrated by React 19, mobile', floors.react);
}

/** The whole of bench/results.md. */
export function resultsMarkdown(results) {
  const lines = [
    `Measured ${results.date} on ${results.machine}. Median of ${results.runs} runs each${results.scrollRuns && results.scrollRuns !== results.runs ? ` (${results.scrollRuns} for each scroll and its floor, taken in turn)` : ''}. Shared, noisy machine: compare within one run.`,
    '',
  ];
  if (results.paint) paintTable(results, lines);
  if (results.scroll) scrollTable(results, lines);
  if (results.anatomy) anatomyTable(results, lines);
  if (results.timelinejs) comparisonTables(results, lines);
  if (results.hydration) {
    lines.push('', '### Hydration (375×812)', '', '| | 1× CPU | 4× CPU |', '|---|---|---|');
    const [one, four] = results.hydration;
    lines.push(`| Navigation to interactive | ${ms(one.interactiveMs)} | ${ms(four.interactiveMs)} |`);
    lines.push(`| Longest task before it | ${ms(one.longestTaskMs)} | ${ms(four.longestTaskMs)} |`);
  }
  return lines.join('\n');
}
