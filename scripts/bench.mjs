// `npm run bench`: how fast the production build is, side by side with the same events in Knight
// Lab's TimelineJS, measured by one harness in Debian's Chromium. Not part of `npm test`: it takes
// minutes and its numbers depend on the machine. Writes bench/results.json and bench/results.md.
//
//   1. Lighthouse 12.2.3, mobile and desktop presets, median of 3 runs, for both pages.
//   2. A scripted scroll through every beat at 1x and 4x CPU throttling (CDP): frame times, long
//      tasks, main-thread time, JS heap after the scroll.
//   3. Hydration: navigation to interactive, and the longest task on the way.
//
// Both pages are served by one local server (scripts/staticServer.mjs) as a CDN would: over HTTPS
// and so HTTP/2 (a locally made certificate, scripts/bench/localTls.mjs), compressed with Brotli.
// No request leaves the computer the benchmark runs on.
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './staticServer.mjs';
import { timelineJsPage } from './bench/timelineJsPage.mjs';
import { floorPages } from './bench/floorPages.mjs';
import { localTls, TLS_CHROMIUM_ARGS } from './bench/localTls.mjs';

const RUNS = 3;
const PORT = 4190;
const ORIGIN = `https://127.0.0.1:${PORT}`;
const PAGES = { explainer: `${ORIGIN}/`, timelinejs: `${ORIGIN}/timelinejs.html` };
/** The translated editions, mobile preset only: each against the English page in the same run. */
const EDITION_PAGES = { Russian: `${ORIGIN}/ru/`, Uzbek: `${ORIGIN}/uz/` };
/** How much later than the English page's a translation's Lighthouse mobile LCP may be, in ms. */
const EDITION_LCP_ALLOWANCE_MS = 100;
/** Pages nothing could beat under this harness (scripts/bench/floorPages.mjs), mobile preset only. */
const FLOORS = {
  static: `${ORIGIN}/floor/static.html`,
  staticNoFont: `${ORIGIN}/floor/static-no-font.html`,
  paragraph: `${ORIGIN}/floor/paragraph.html`,
  react: `${ORIGIN}/floor/react.html`,
};
const PHONE = { width: 375, height: 812 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The story's events as TimelineJS JSON, read from the same typed data the explainer renders. */
async function storyEvents() {
  const vite = await createViteServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const { story } = await vite.ssrLoadModule('/src/story/index.ts');
    return story;
  } finally {
    await vite.close();
  }
}

async function runLighthouse(url, preset, throttlingMethod = 'simulate') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, ...TLS_CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const { audits, categories } = result.lhr;
    const longTaskItems = audits['long-tasks']?.details?.items ?? [];
    const longTasks = longTaskItems.length;
    const longestTaskMs = Math.max(0, ...longTaskItems.map((item) => item.duration ?? 0));
    return {
      score: categories.performance.score,
      fcpMs: audits['first-contentful-paint'].numericValue,
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
      longTasks,
      longestTaskMs,
      lcpElement: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

/** Median of each metric over RUNS runs (each metric on its own, as Lighthouse's own guidance does). */
async function lighthouseMedian(url, preset, throttlingMethod) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url, preset, throttlingMethod));
  const result = { runs: runs.length, lcpElement: runs[0].lcpElement };
  for (const key of ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'bytes', 'longTasks', 'longestTaskMs'])
    result[key] = median(runs.map((run) => run[key]));
  return result;
}

/** The story on a phone-sized page, hydrated and settled, with a CDP session for throttling. */
async function openHydratedStory(browser) {
  const page = await browser.newPage({ viewport: PHONE, ignoreHTTPSErrors: true });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(PAGES.explainer);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'scroll');
  await page.waitForTimeout(500);
  return { page, cdp };
}

/**
 * Scrolls the story top to bottom, a steady 24 px a frame, inside the page: each frame's duration,
 * the long tasks on the way, and how many beats became current.
 */
function scrollThroughStory(page) {
  return page.evaluate(async () => {
    const longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' });
    // Stop when the last beat reaches the top, measured live: a beat's height is only final once it
    // has been laid out, and the end matter is laid out as it nears (content-visibility).
    const last = document.getElementById('sources');
    const frames = [];
    const beats = new Set();
    await new Promise((resolve) => {
      let previous = performance.now();
      const tick = (now) => {
        frames.push(now - previous);
        previous = now;
        beats.add(document.querySelector('[aria-current="step"]')?.id);
        if (last.getBoundingClientRect().top <= 2) return resolve();
        window.scrollBy(0, 24);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    frames.shift();
    return { frames, longTasks, beatsVisited: beats.size };
  });
}

/** One scroll through the story at `cpuRate` CPU throttling: what each frame cost. */
async function scrollRun(browser, cpuRate) {
  const { page, cdp } = await openHydratedStory(browser);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const before = await cdp.send('Performance.getMetrics');
  const stats = await scrollThroughStory(page);
  const after = await cdp.send('Performance.getMetrics');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const metric = (set, name) => set.metrics.find((m) => m.name === name)?.value ?? 0;
  const sorted = [...stats.frames].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  await page.close();
  return {
    cpuRate,
    frames: sorted.length,
    beatsVisited: stats.beatsVisited,
    frameP50Ms: round(at(0.5), 1),
    frameP95Ms: round(at(0.95), 1),
    framesOver16_7ms: sorted.filter((f) => f > 16.7 + 0.5).length,
    longTasks: stats.longTasks.length,
    longestTaskMs: round(Math.max(0, ...stats.longTasks), 1),
    mainThreadMs: round((metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000),
    heapMb: round(heap / 1024 / 1024, 2),
  };
}

/**
 * What the long tasks of one scroll at 4x CPU are made of, from a Chromium trace: script, style,
 * layout and paint, summed over every task over 50 ms. Says where the remaining long tasks come from.
 * Also counts the style recalculations the app's script forces (layout thrashing).
 */
async function scrollAnatomy(browser) {
  const { page, cdp } = await openHydratedStory(browser);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'],
  });
  await scrollThroughStory(page);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents.filter((e) => e.ph === 'X');
  await page.close();
  // Style recalculations forced by the app's own script (a read of layout after a write), in any
  // task: the harness's own reads are left out, as they only pull forward the frame's own work.
  const forcedByApp = events.filter(
    (e) => e.name === 'UpdateLayoutTree' && (e.args?.beginData?.stackTrace ?? []).some((frame) => frame.url?.includes('/assets/')),
  );
  const PARTS = {
    style: ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
  };
  const long = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  const sums = { tasks: long.length, totalMs: 0, scriptMs: 0, styleMs: 0, layoutMs: 0, paintMs: 0 };
  for (const task of long) {
    const inside = events.filter((e) => e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
    const sum = (names) => inside.filter((e) => names.includes(e.name)).reduce((total, e) => total + e.dur / 1000, 0);
    const style = sum(PARTS.style);
    const layout = sum(PARTS.layout);
    const paint = sum(PARTS.paint);
    sums.totalMs += task.dur / 1000;
    sums.styleMs += style;
    sums.layoutMs += layout;
    sums.paintMs += paint;
    // Style and layout forced from a script are nested inside its call: script is what is left.
    sums.scriptMs += Math.max(0, task.dur / 1000 - style - layout - paint);
  }
  sums.forcedRecalcs = forcedByApp.length;
  sums.forcedRecalcMs = forcedByApp.reduce((total, e) => total + e.dur / 1000, 0);
  for (const key of Object.keys(sums)) sums[key] = round(sums[key]);
  return sums;
}

/** Navigation to interactive (the app's performance mark), and the longest task before it. */
async function hydrationRun(browser, cpuRate) {
  const page = await browser.newPage({ viewport: PHONE, ignoreHTTPSErrors: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(PAGES.explainer);
  await page.waitForFunction(() => performance.getEntriesByName('khamroyev:interactive').length > 0);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const interactive = performance.getEntriesByName('khamroyev:interactive')[0].startTime;
    const tasks = window.__longTasks.filter((t) => t.start < interactive);
    return { interactiveMs: interactive, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
  });
  await page.close();
  return {
    cpuRate,
    interactiveMs: round(result.interactiveMs),
    longestTaskMs: round(result.longestTaskMs, 1),
    longTasks: result.longTasks,
  };
}

async function medianOf(runOnce) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce());
  const result = { ...runs[0], runs: runs.length };
  for (const key of Object.keys(runs[0]))
    if (typeof runs[0][key] === 'number' && key !== 'cpuRate') result[key] = median(runs.map((r) => r[key]));
  return result;
}

function markdown(results) {
  const { lighthouse: lh, scroll, hydration } = results;
  const ratio = (a, b) => (b > 0 ? `${round(a / b, 2)}×` : 'n/a');
  const kb = (bytes) => `${round(bytes / 1024, 1)} KB`;
  const lines = [
    `Measured ${results.date} on ${results.machine}. Median of ${RUNS} runs each. Shared, noisy machine: compare within one run.`,
    '',
    '| Lighthouse 12.2.3 | Explainer, mobile | TimelineJS, mobile | Ratio | Explainer, desktop | TimelineJS, desktop | Ratio |',
    '|---|---|---|---|---|---|---|',
  ];
  const row = (label, key, format) => {
    const cells = ['mobile', 'desktop'].flatMap((preset) => {
      const ours = lh.explainer[preset][key];
      const theirs = lh.timelinejs[preset][key];
      return [format(ours), format(theirs), ratio(ours, theirs)];
    });
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  };
  row('Performance score', 'score', (v) => round(v, 2));
  row('First contentful paint', 'fcpMs', (v) => `${round(v)} ms`);
  row('Largest contentful paint', 'lcpMs', (v) => `${round(v)} ms`);
  row('Total blocking time', 'tbtMs', (v) => `${round(v)} ms`);
  row('Cumulative layout shift', 'cls', (v) => round(v, 3));
  row('Bytes transferred', 'bytes', kb);
  row('Long tasks', 'longTasks', (v) => v);
  row('Longest task', 'longestTaskMs', (v) => `${round(v)} ms`);
  if (results.editions) {
    const editions = Object.entries(results.editions);
    lines.push(
      '',
      `| Editions, Lighthouse mobile | English | ${editions.map(([name]) => name).join(' | ')} |`,
      `|---|---|${editions.map(() => '---|').join('')}`,
    );
    const cells = (key, format) => [lh.explainer.mobile, ...editions.map(([, r]) => r)].map((r) => format(r[key])).join(' | ');
    lines.push(`| Performance score | ${cells('score', (v) => round(v, 2))} |`);
    lines.push(`| First contentful paint | ${cells('fcpMs', (v) => `${round(v)} ms`)} |`);
    lines.push(`| Largest contentful paint | ${cells('lcpMs', (v) => `${round(v)} ms`)} |`);
    lines.push(`| Cumulative layout shift | ${cells('cls', (v) => round(v, 3))} |`);
    lines.push(`| Bytes transferred | ${cells('bytes', kb)} |`);
    const behind = editions.map(([, r]) => r.lcpMs - lh.explainer.mobile.lcpMs);
    lines.push(
      `| LCP behind the English page (at most ${EDITION_LCP_ALLOWANCE_MS} ms) | · | ${behind
        .map((ms) => `${round(ms)} ms ${ms <= EDITION_LCP_ALLOWANCE_MS ? '✓' : '✗'}`)
        .join(' | ')} |`,
    );
  }
  if (results.floors) {
    const { floors } = results;
    lines.push(
      '',
      '| Floors, Lighthouse mobile | Explainer | Same page, no script | Same page, no script, no web font | One paragraph | One paragraph hydrated by React 19 |',
      '|---|---|---|---|---|---|',
    );
    const cells = (key, format) =>
      [lh.explainer.mobile, floors.static, floors.staticNoFont, floors.paragraph, floors.react].map((r) => format(r[key])).join(' | ');
    lines.push(`| Performance score | ${cells('score', (v) => round(v, 2))} |`);
    lines.push(`| First contentful paint | ${cells('fcpMs', (v) => `${round(v)} ms`)} |`);
    lines.push(`| Largest contentful paint | ${cells('lcpMs', (v) => `${round(v)} ms`)} |`);
    lines.push(`| Total blocking time | ${cells('tbtMs', (v) => `${round(v)} ms`)} |`);
    lines.push(`| Long tasks | ${cells('longTasks', (v) => v)} |`);
    lines.push(`| Longest task | ${cells('longestTaskMs', (v) => `${round(v)} ms`)} |`);
  }
  if (results.appliedThrottling) {
    const { static: withFonts, staticNoFont } = results.appliedThrottling;
    lines.push(
      '',
      '| Applied (DevTools) throttling, mobile | Same page, no script | Same page, no script, no web font |',
      '|---|---|---|',
      `| First contentful paint | ${round(withFonts.fcpMs)} ms | ${round(staticNoFont.fcpMs)} ms |`,
      `| Largest contentful paint | ${round(withFonts.lcpMs)} ms | ${round(staticNoFont.lcpMs)} ms |`,
    );
  }
  lines.push('', '| Scroll through all 12 beats (375×812) | 1× CPU | 4× CPU |', '|---|---|---|');
  const [one, four] = scroll;
  for (const [label, key, unit] of [
    ['Frames', 'frames', ''],
    ['Frame time p50', 'frameP50Ms', ' ms'],
    ['Frame time p95', 'frameP95Ms', ' ms'],
    ['Frames over 16.7 ms', 'framesOver16_7ms', ''],
    ['Long tasks (> 50 ms)', 'longTasks', ''],
    ['Main-thread time', 'mainThreadMs', ' ms'],
    ['JS heap after the scroll', 'heapMb', ' MB'],
  ])
    lines.push(`| ${label} | ${one[key]}${unit} | ${four[key]}${unit} |`);
  const anatomy = results.scrollAnatomy;
  if (anatomy) {
    lines.push(
      '',
      `Inside the long tasks of one traced scroll at 4× (${anatomy.tasks} tasks, ${anatomy.totalMs} ms): ` +
        `script ${anatomy.scriptMs} ms, style ${anatomy.styleMs} ms, layout ${anatomy.layoutMs} ms, paint ${anatomy.paintMs} ms. ` +
        `Style recalculations forced by the app's script in that scroll: ${anatomy.forcedRecalcs} (${anatomy.forcedRecalcMs} ms).`,
    );
  }
  lines.push('', '| Hydration (375×812) | 1× CPU | 4× CPU |', '|---|---|---|');
  lines.push(`| Navigation to interactive | ${hydration[0].interactiveMs} ms | ${hydration[1].interactiveMs} ms |`);
  lines.push(`| Longest task before it | ${hydration[0].longestTaskMs} ms | ${hydration[1].longestTaskMs} ms |`);
  return lines.join('\n');
}

const story = await storyEvents();
const root = fileURLToPath(new URL('..', import.meta.url));
const floors = await floorPages(root, `${root}node_modules/.cache/bench-floor`);
const server = await serveStatic({
  port: PORT,
  compress: true,
  tls: localTls(`${root}node_modules/.cache/bench-tls`),
  pages: { '/timelinejs.html': timelineJsPage(story), ...floors.pages },
  // TimelineJS's own build from its npm package, beside ours.
  mounts: [
    ['/timelinejs/', `${root}node_modules/@knight-lab/timelinejs/dist/`],
    ...floors.mounts,
    // BENCH_DIST=/path/to/another/dist compares a variant build in the same harness.
    ['/', process.env.BENCH_DIST ?? `${root}dist/`],
  ],
});
try {
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, Chromium at ${CHROMIUM_PATH}, Node ${process.version}`,
    lighthouse: {},
  };
  // BENCH_ONLY=scroll skips Lighthouse (minutes) when working on scroll and hydration.
  for (const [name, url] of process.env.BENCH_ONLY === 'scroll' ? [] : Object.entries(PAGES)) {
    results.lighthouse[name] = {};
    for (const preset of ['mobile', 'desktop']) {
      console.log(`Lighthouse: ${name}, ${preset}…`);
      results.lighthouse[name][preset] = await lighthouseMedian(url, preset);
    }
  }
  if (process.env.BENCH_ONLY !== 'scroll') {
    results.editions = {};
    for (const [name, url] of Object.entries(EDITION_PAGES)) {
      console.log(`Lighthouse: the ${name} edition, mobile…`);
      results.editions[name] = await lighthouseMedian(url, 'mobile');
    }
    results.floors = {};
    for (const [name, url] of Object.entries(FLOORS)) {
      console.log(`Lighthouse: floor "${name}", mobile…`);
      results.floors[name] = await lighthouseMedian(url, 'mobile');
    }
    // Lighthouse's simulated paint counts every request that ended before it, fonts included, though a
    // font-display: swap face never holds the paint back. The same two floors loaded under applied
    // (DevTools) throttling say what the fonts really cost the paint.
    results.appliedThrottling = {};
    for (const name of ['static', 'staticNoFont']) {
      console.log(`Lighthouse: floor "${name}", mobile, applied throttling…`);
      results.appliedThrottling[name] = await lighthouseMedian(FLOORS[name], 'mobile', 'devtools');
    }
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...TLS_CHROMIUM_ARGS] });
  try {
    console.log('Scroll and hydration…');
    results.scroll = [await medianOf(() => scrollRun(browser, 1)), await medianOf(() => scrollRun(browser, 4))];
    results.scrollAnatomy = await scrollAnatomy(browser);
    results.hydration = [await medianOf(() => hydrationRun(browser, 1)), await medianOf(() => hydrationRun(browser, 4))];
  } finally {
    await browser.close();
  }
  if (process.env.BENCH_ONLY === 'scroll') {
    console.log(JSON.stringify({ scroll: results.scroll, scrollAnatomy: results.scrollAnatomy, hydration: results.hydration }, null, 2));
    process.exit(0);
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const table = markdown(results);
  writeFileSync('bench/results.md', `${table}\n`);
  console.log(`\n${table}\n\nWrote bench/results.json and bench/results.md`);
} finally {
  server.close();
}
