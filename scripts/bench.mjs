// `npm run bench`: how fast the production build is, against floors nothing could beat and beside
// the same events in Knight Lab's TimelineJS, measured by one harness in Debian's Chromium. Not
// part of `npm test`: it takes about forty-five minutes and its numbers depend on the machine. Writes
// bench/results.json and bench/results.md.
//
//   1. First paint: Lighthouse 12.2.3 (mobile preset; desktop for the TimelineJS comparison),
//      median of 5 runs, for the English and Russian editions and the presenter, each against the
//      floors (scripts/bench/floorPages.mjs), over both protocols: HTTP/2 with Brotli, as a CDN
//      serves it, and HTTP/1.1 with gzip, as an older host does.
//   2. Scroll: each edition and its page with the scripts removed, scrolled in two patterns (24 px
//      a frame; a 120 px wheel notch every 50 ms) at 1x and 4x CPU throttling, and the presenter
//      stepped by Page Down (scripts/bench/scrollRuns.mjs): frame times and long tasks, the page
//      and its floor measured in turn, median of 7 runs each.
//   3. Where a scroll's time goes: one traced wheel scroll at 4x, split by beat change into script,
//      style, layout and paint (scripts/bench/traceAnatomy.mjs).
//   4. Hydration: navigation to interactive, and the longest task on the way.
//
// Everything is served by one local server (scripts/staticServer.mjs) on two ports: HTTPS, and so
// HTTP/2 (a locally made certificate, scripts/bench/localTls.mjs), and plain HTTP/1.1. No request
// leaves the computer the benchmark runs on.
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer as createViteServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
import { serveStatic } from './staticServer.mjs';
import { timelineJsPage } from './bench/timelineJsPage.mjs';
import { floorPages, FLOOR_PATHS } from './bench/floorPages.mjs';
import { localTls, TLS_CHROMIUM_ARGS } from './bench/localTls.mjs';
import { lighthouseMedian } from './bench/lighthouseRuns.mjs';
import { frameStats, scrollPage, SCROLL_PATTERNS } from './bench/scrollRuns.mjs';
import { traceAnatomy, TRACE_CATEGORIES } from './bench/traceAnatomy.mjs';
import { resultsMarkdown } from './bench/resultsMarkdown.mjs';
import { medianOfRuns, round } from './bench/stats.mjs';

/**
 * Runs per figure, whose median is reported (BENCH_RUNS=1 for a quick look at the harness itself).
 * Five, as Lighthouse's guidance on variability advises: a slow frame or two, or a simulated paint
 * 50 ms apart, is within what three runs on a shared machine scatter.
 */
const RUNS = Number(process.env.BENCH_RUNS) || 5;
/**
 * Runs of each scroll and of its floor, taken in turn: seven, since a count of a few slow frames is
 * what is compared, and a run that other processes disturb can count a dozen more; the median of
 * seven stands through three such runs.
 */
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS) || (process.env.BENCH_RUNS ? RUNS : 7);
const PROTOCOLS = {
  h2: { label: 'HTTP/2 + Brotli', port: 4190, scheme: 'https', encodings: ['br', 'gzip'] },
  h1: { label: 'HTTP/1.1 + gzip', port: 4191, scheme: 'http', encodings: ['gzip'] },
};
const origin = (protocol) => `${PROTOCOLS[protocol].scheme}://127.0.0.1:${PROTOCOLS[protocol].port}`;
/** The pages whose first paint is held to the floor, each with its page without scripts. */
const SUBJECTS = {
  English: { path: '/', floor: FLOOR_PATHS.static },
  Russian: { path: '/ru/', floor: FLOOR_PATHS.staticRussian },
  Presenter: { path: '/?mode=present', floor: FLOOR_PATHS.static },
};
/** Lighthouse mobile LCP may be at most this many times the bare paragraph's, over HTTP/2 + Brotli. */
export const LCP_TARGET_RATIO = 1.15;
const PHONE = { width: 375, height: 812 };
const PROJECTOR = { width: 1920, height: 1080 };
const CPU_RATES = [1, 4];
const ONLY = process.env.BENCH_ONLY; // 'scroll' or 'paint': one half, when working on it

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

async function medianOf(runOnce) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce());
  return medianOfRuns(runs);
}

/**
 * The medians of two measurements taken in turn (a, b, a, b…), so that whatever else runs meanwhile
 * weighs on both alike rather than on whichever ran during it.
 */
async function medianOfPair(runA, runB) {
  const a = [];
  const b = [];
  for (let i = 0; i < SCROLL_RUNS; i++) {
    a.push(await runA());
    b.push(await runB());
  }
  return [medianOfRuns(a), medianOfRuns(b)];
}

/** A page opened and settled: the app hydrated (or, without scripts, the page loaded), then idle. */
async function openSettled(browser, url, viewport) {
  const page = await browser.newPage({ viewport, ignoreHTTPSErrors: true });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  const scripted = await page.evaluate(() => Boolean(document.querySelector('script[type="module"]')));
  if (scripted) await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
  await page.waitForTimeout(800);
  return { page, cdp };
}

/** One scroll of `url` in `pattern` at `cpuRate`: frame statistics and main-thread time. */
async function scrollRun(browser, url, viewport, pattern, cpuRate) {
  const { page, cdp } = await openSettled(browser, url, viewport);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const metric = (set, name) => set.metrics.find((m) => m.name === name)?.value ?? 0;
  const before = await cdp.send('Performance.getMetrics');
  const record = await scrollPage(page, pattern);
  const after = await cdp.send('Performance.getMetrics');
  await page.close();
  return { ...frameStats(record), mainThreadMs: round((metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000) };
}

/** One traced wheel scroll at 4x: the work after each beat change, split into script, style, layout, paint. */
async function tracedScroll(browser, url, viewport, pattern) {
  const { page, cdp } = await openSettled(browser, url, viewport);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const record = await scrollPage(page, pattern);
  const trace = (await browser.stopTracing()).toString();
  await page.close();
  return { ...frameStats(record), ...traceAnatomy(trace) };
}

/** Navigation to interactive (the app's performance mark), and the longest task before it. */
async function hydrationRun(browser, url, cpuRate) {
  const page = await browser.newPage({ viewport: PHONE, ignoreHTTPSErrors: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('khamroyev:interactive').length > 0);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const interactive = performance.getEntriesByName('khamroyev:interactive')[0].startTime;
    const tasks = window.__longTasks.filter((t) => t.start < interactive);
    return { interactiveMs: interactive, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
  });
  await page.close();
  return { interactiveMs: round(result.interactiveMs), longestTaskMs: round(result.longestTaskMs, 1), longTasks: result.longTasks };
}

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_DIST=/path/to/another/dist/ measures a variant build in the same harness.
const dist = process.env.BENCH_DIST ?? `${root}dist/`;
const story = await storyEvents();
const floors = await floorPages(root, dist, `${root}node_modules/.cache/bench-floor`);
const tls = localTls(`${root}node_modules/.cache/bench-tls`);
const servers = await Promise.all(
  Object.values(PROTOCOLS).map(({ port, scheme, encodings }) =>
    serveStatic({
      port,
      compress: true,
      encodings,
      tls: scheme === 'https' ? tls : null,
      pages: { '/timelinejs.html': timelineJsPage(story), ...floors.pages },
      // TimelineJS's own build from its npm package, beside ours.
      mounts: [['/timelinejs/', `${root}node_modules/@knight-lab/timelinejs/dist/`], ...floors.mounts, ['/', dist]],
    }),
  ),
);
try {
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${process.platform} ${process.arch}, Chromium at ${CHROMIUM_PATH}, Node ${process.version}`,
    runs: RUNS,
    scrollRuns: SCROLL_RUNS,
    protocols: Object.fromEntries(Object.entries(PROTOCOLS).map(([key, { label }]) => [key, label])),
    lcpTargetRatio: LCP_TARGET_RATIO,
  };
  const lighthouse = (url, preset = 'mobile') => {
    console.log(`Lighthouse ${preset}: ${url}`);
    return lighthouseMedian(url, preset, { runs: RUNS });
  };

  if (ONLY !== 'scroll') {
    // First paint, over both protocols: each page and the floors under the same conditions.
    results.paint = {};
    for (const protocol of Object.keys(PROTOCOLS)) {
      const at = (path) => `${origin(protocol)}${path}`;
      const paint = { paragraph: await lighthouse(at(FLOOR_PATHS.paragraph)), static: await lighthouse(at(FLOOR_PATHS.static)) };
      for (const [name, { path }] of Object.entries(SUBJECTS)) paint[name] = await lighthouse(at(path));
      results.paint[protocol] = paint;
    }
    // The rest over HTTP/2 only: the other floors, the Uzbek edition, and TimelineJS.
    const at = (path) => `${origin('h2')}${path}`;
    results.floors = {
      staticWebFaces: await lighthouse(at(FLOOR_PATHS.staticWebFaces)),
      react: await lighthouse(at(FLOOR_PATHS.react)),
    };
    results.uzbek = await lighthouse(at('/uz/'));
    results.timelinejs = {
      mobile: await lighthouse(at('/timelinejs.html')),
      desktop: await lighthouse(at('/timelinejs.html'), 'desktop'),
      explainerDesktop: await lighthouse(at('/'), 'desktop'),
    };
  }

  if (ONLY !== 'paint') {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...TLS_CHROMIUM_ARGS] });
    try {
      const at = (path) => `${origin('h2')}${path}`;
      // Each subject against its page without scripts, same viewport, same input.
      const scrollSubjects = [
        { name: 'English', path: '/', floor: FLOOR_PATHS.static, viewport: PHONE, patterns: ['frames', 'wheel'] },
        { name: 'Russian', path: '/ru/', floor: FLOOR_PATHS.staticRussian, viewport: PHONE, patterns: ['frames', 'wheel'] },
        { name: 'Presenter', path: '/?mode=present', floor: FLOOR_PATHS.static, viewport: PROJECTOR, patterns: ['keys'] },
      ];
      results.scroll = [];
      for (const subject of scrollSubjects) {
        for (const pattern of subject.patterns) {
          for (const cpuRate of CPU_RATES) {
            console.log(`Scroll: ${subject.name}, ${SCROLL_PATTERNS[pattern]}, ${cpuRate}x…`);
            const [story, floor] = await medianOfPair(
              () => scrollRun(browser, at(subject.path), subject.viewport, pattern, cpuRate),
              () => scrollRun(browser, at(subject.floor), subject.viewport, pattern, cpuRate),
            );
            results.scroll.push({ subject: subject.name, pattern, cpuRate, story, floor });
          }
        }
      }
      console.log('Traced scrolls…');
      results.anatomy = {
        wheel: await tracedScroll(browser, at('/'), PHONE, 'wheel'),
        frames: await tracedScroll(browser, at('/'), PHONE, 'frames'),
        keys: await tracedScroll(browser, at('/?mode=present'), PROJECTOR, 'keys'),
      };
      console.log('Hydration…');
      results.hydration = [];
      for (const cpuRate of CPU_RATES)
        results.hydration.push({ cpuRate, ...(await medianOf(() => hydrationRun(browser, at('/'), cpuRate))) });
    } finally {
      await browser.close();
    }
  }

  const markdown = resultsMarkdown(results);
  if (ONLY) {
    writeFileSync(`${root}node_modules/.cache/bench-${ONLY}.md`, `${markdown}\n`);
    console.log(
      `\n${markdown}\n\n(BENCH_ONLY=${ONLY}: bench/results.* left as they were; this part is in node_modules/.cache/bench-${ONLY}.md)`,
    );
  } else {
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync('bench/results.md', `${markdown}\n`);
    console.log(`\n${markdown}\n\nWrote bench/results.json and bench/results.md`);
  }
} finally {
  servers.forEach((server) => server.close());
}
