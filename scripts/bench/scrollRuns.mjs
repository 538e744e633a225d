// The benchmark's scroll runs: one page scrolled from the top until the last beat reaches the top of
// the screen, in one of two patterns, with every frame's duration and the long tasks on the way
// measured inside the page.
//
// - `frames`: a steady 24 px each animation frame, from a script in the page. Gentle: every frame
//   asks for a little, so a beat change is spread thin.
// - `wheel`: a mouse wheel notch (120 px) every 50 ms, sent as input by the browser's DevTools
//   protocol, as a brisk reader's wheel or flick does: the browser scrolls on its compositor
//   thread, and beats change every few notches. This is what drops frames a 24 px scroll hides.
//
// - `keys`: Page Down every 400 ms, 30 times: a teacher's clicker stepping briskly through the
//   presenter's beats and reveals, or, on a page without script, the browser's own paging.
//
// The scrolls stop at the same place, so a page with its scripts removed (the floor) scrolls
// exactly as far as the story.

import { round } from './stats.mjs';

/** The patterns, by name, as the results name them. */
export const SCROLL_PATTERNS = {
  frames: '24 px a frame',
  wheel: '120 px wheel every 50 ms',
  keys: 'Page Down every 400 ms',
};

const WHEEL_STEP_PX = 120;
const WHEEL_EVERY_MS = 50;
const KEY_EVERY_MS = 400;
const KEY_PRESSES = 30;

/**
 * Starts recording in the page: frame durations from requestAnimationFrame, long tasks, and each
 * beat that becomes current (a user-timing mark, so a trace can split its work by beat change).
 */
function startRecording(page) {
  return page.evaluate(() => {
    const record = { frames: [], longTasks: [], beats: [], done: false };
    window.__benchScroll = record;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => record.longTasks.push(entry.duration))).observe({
      type: 'longtask',
    });
    let current = document.querySelector('[aria-current="step"]')?.id;
    let previous = performance.now();
    const tick = (now) => {
      if (record.done) return;
      record.frames.push(now - previous);
      previous = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      const id = document.querySelector('[aria-current="step"]')?.id;
      if (id && id !== current) {
        current = id;
        record.beats.push(id);
        performance.mark(`bench:beat:${id}`);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current', 'id'] });
  });
}

/** The end of the run: the last beat's top at the top of the screen. */
const reachedEnd = (page) => page.evaluate(() => document.getElementById('sources').getBoundingClientRect().top <= 2);

async function stopRecording(page) {
  // Let the last beat change and any glide it started finish inside the record.
  await page.waitForTimeout(700);
  return page.evaluate(() => {
    const record = window.__benchScroll;
    record.done = true;
    record.frames.shift();
    return { frames: record.frames, longTasks: record.longTasks, beats: record.beats };
  });
}

/** Scrolls `page` in `pattern` ('frames', 'wheel' or 'keys'); returns frame durations, long tasks and beats visited. */
export async function scrollPage(page, pattern) {
  if (pattern === 'wheel') {
    // The pointer rests over the text before the wheel turns: its arrival is not part of the scroll.
    const { width, height } = page.viewportSize();
    await page.mouse.move(width / 2, height * 0.75);
    await page.waitForTimeout(300);
  }
  await startRecording(page);
  if (pattern === 'frames') {
    await page.evaluate(async () => {
      // Stop when the last beat reaches the top, measured live: the end matter is laid out as it
      // nears (content-visibility), so its height is only final then.
      const last = document.getElementById('sources');
      await new Promise((resolve) => {
        const step = () => {
          if (last.getBoundingClientRect().top <= 2) return resolve();
          window.scrollBy(0, 24);
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    });
  } else if (pattern === 'keys') {
    let next = Date.now();
    for (let press = 0; press < KEY_PRESSES; press++) {
      await page.keyboard.press('PageDown');
      next += KEY_EVERY_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
  } else {
    // Notches at a steady cadence whatever each one costs: input arrives on the reader's clock,
    // not the page's.
    let next = Date.now();
    for (let notch = 0; notch < 2000; notch++) {
      if (notch % 4 === 0 && (await reachedEnd(page))) break;
      await page.mouse.wheel(0, WHEEL_STEP_PX);
      next += WHEEL_EVERY_MS;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
    // A wheel scroll may overshoot the end a little; it stops where the last notch lands.
  }
  return stopRecording(page);
}

/** Frame statistics for one run. */
export function frameStats({ frames, longTasks, beats }) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames: sorted.length,
    beatsVisited: new Set(beats).size,
    frameP50Ms: round(at(0.5), 1),
    frameP95Ms: round(at(0.95), 1),
    // A 60 Hz frame lasts 16.7 ms; rAF timestamps jitter by a fraction of a millisecond.
    framesOver17ms: sorted.filter((f) => f > 17).length,
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks), 1),
  };
}
