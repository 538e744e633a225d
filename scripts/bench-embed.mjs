// `npm run bench:embed`: measures the embed on the production build, in Debian's Chromium.
//   1. time from the host page's start to the iframe's load and to the first height message;
//   2. how many frames the pinned graphic lags behind the host's scroll, under our loader and
//      under pym.js with trackscroll (the host scrolls 24 px a frame for 150 frames);
//   3. the loader's size, gzip.
// Writes bench/embed.json and prints a markdown table. A benchmark, not a test: it does not fail.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';

const HOST = 'http://localhost:4174';
const STEP_PX = 24;
const FRAMES = 150;

function start(command, args, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.on('data', (chunk) => String(chunk).includes(ready) && resolve(child)));
}

const servers = [
  await start('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], '4173'),
  await start('node', ['tests/e2e/hostServer.mjs'], '4174'),
];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Host start -> iframe load, and host start -> first height message (ms). */
async function timeToHeight(host) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    window.__bench = { load: null, height: null };
    addEventListener('message', (e) => {
      const d = e.data;
      const isHeight = (typeof d === 'string' && d.includes('xPYMxheightxPYMx')) || (d && d.type === 'khamroyev:height');
      if (isHeight && window.__bench.height === null) window.__bench.height = performance.now();
    });
    addEventListener(
      'load',
      () => document.querySelector('iframe')?.addEventListener('load', () => (window.__bench.load = performance.now())),
      true,
    );
    new MutationObserver(() => {
      const f = document.querySelector('iframe');
      if (f && !f.__watched) {
        f.__watched = true;
        f.addEventListener('load', () => (window.__bench.load = performance.now()));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${HOST}/${host}.html`);
  await page.waitForFunction(() => window.__bench.height !== null && window.__bench.load !== null, null, { timeout: 15000 });
  const result = await page.evaluate(() => window.__bench);
  await page.close();
  return { iframeLoadMs: Math.round(result.load), firstHeightMs: Math.round(result.height) };
}

/** Frames the pinned graphic trails the host's scroll: median and p95 over a steady scroll. */
async function scrollLag(host, expectedMode) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${HOST}/${host}.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction((m) => document.querySelector('.embed')?.getAttribute('data-host-mode') === m, expectedMode, {
    timeout: 15000,
  });
  await page.evaluate(() => scrollTo(0, document.querySelector('iframe').getBoundingClientRect().top + scrollY + 600));
  await page.waitForTimeout(500);
  // Inside the frame: each frame, where the graphic is relative to the host's screen is recorded by
  // the host; the frame records where it has put the graphic (document px).
  await frame.evaluate(() => {
    window.__samples = [];
    const tick = () => {
      const g = document.querySelector('.scrolly-graphic').getBoundingClientRect();
      window.__samples.push({ t: performance.timeOrigin + performance.now(), graphicDocTop: g.top + scrollY });
      if (window.__samples.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const hostLog = await page.evaluate(
    ({ step, frames }) =>
      new Promise((resolve) => {
        const log = [];
        let n = 0;
        const tick = () => {
          const box = document.querySelector('iframe').getBoundingClientRect();
          // Where, in the story's document, the top of the host's screen (or the pinned frame) is.
          const stickyTop = parseFloat(getComputedStyle(document.querySelector('iframe')).top) || 0;
          const container = document.querySelector('iframe').parentElement;
          const wanted = host === 'loader' ? Math.max(0, stickyTop - container.getBoundingClientRect().top) : Math.max(0, -box.top);
          log.push({ t: performance.timeOrigin + performance.now(), wanted });
          scrollBy(0, step);
          if (++n < frames) requestAnimationFrame(tick);
          else setTimeout(() => resolve(log), 300);
        };
        const host = document.querySelector('[data-khamroyev-embed]') ? 'loader' : 'pym';
        requestAnimationFrame(tick);
      }),
    { step: STEP_PX, frames: FRAMES },
  );
  const samples = await frame.evaluate(() => window.__samples);
  await page.close();
  // For each host frame, how many frames pass before the graphic reaches where the host scrolled to.
  const lags = [];
  for (let i = 1; i < hostLog.length - 10; i += 1) {
    const { t, wanted } = hostLog[i];
    const reached = samples.find((s) => s.t >= t && s.graphicDocTop >= wanted - 1);
    if (!reached) continue;
    const after = hostLog.findIndex((h) => h.t >= reached.t);
    lags.push((after === -1 ? hostLog.length : after) - i);
  }
  lags.sort((a, b) => a - b);
  const pick = (q) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? null;
  return { lagFramesMedian: pick(0.5), lagFramesP95: pick(0.95), samples: lags.length };
}

const results = {
  machine: 'shared 2-core container; compare ratios within one run',
  date: new Date().toISOString(),
  loaderGzipBytes: gzipSync(readFileSync('dist/embed.js')).length,
  timeToHeight: {
    loader: await timeToHeight('loader'),
    pymTrackscroll: await timeToHeight('pym-trackscroll'),
    bare: await timeToHeight('bare'),
  },
  scrollLag: { loader: await scrollLag('loader', 'mirror'), pymTrackscroll: await scrollLag('pym-trackscroll', 'pym') },
};
await browser.close();
servers.forEach((s) => s.kill());

mkdirSync('bench', { recursive: true });
writeFileSync('bench/embed.json', `${JSON.stringify(results, null, 2)}\n`);
const t = results.timeToHeight;
const l = results.scrollLag;
console.log(`| Embed measure | Loader | pym.js trackscroll | Bare iframe |
|---|---|---|---|
| Host start to iframe load (ms) | ${t.loader.iframeLoadMs} | ${t.pymTrackscroll.iframeLoadMs} | ${t.bare.iframeLoadMs} |
| Host start to first height message (ms) | ${t.loader.firstHeightMs} | ${t.pymTrackscroll.firstHeightMs} | ${t.bare.firstHeightMs} |
| Graphic lag behind host scroll, median / p95 (frames) | ${l.loader.lagFramesMedian} / ${l.loader.lagFramesP95} | ${l.pymTrackscroll.lagFramesMedian} / ${l.pymTrackscroll.lagFramesP95} | n/a (stacked) |
| Loader size (gzip bytes) | ${results.loaderGzipBytes} | | |`);
