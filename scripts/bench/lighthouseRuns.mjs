// Lighthouse 12.2.3 in Debian's Chromium, the performance category only: one run, and the median of
// several (each metric on its own, as Lighthouse's own guidance does).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/browser.mjs';
import { TLS_CHROMIUM_ARGS } from './localTls.mjs';
import { medianOfRuns } from './stats.mjs';

/** One Lighthouse run of `url` with the `mobile` or `desktop` preset; `simulate` or `devtools` throttling. */
export async function runLighthouse(url, preset, throttlingMethod = 'simulate') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, ...TLS_CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const { audits, categories } = result.lhr;
    const longTaskItems = audits['long-tasks']?.details?.items ?? [];
    return {
      score: categories.performance.score,
      fcpMs: audits['first-contentful-paint'].numericValue,
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['total-byte-weight'].numericValue,
      requests: (audits['network-requests']?.details?.items ?? []).length,
      longTasks: longTaskItems.length,
      longestTaskMs: Math.max(0, ...longTaskItems.map((item) => item.duration ?? 0)),
      lcpElement: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of each metric over `runs` runs. */
export async function lighthouseMedian(url, preset, { runs, throttlingMethod } = { runs: 3 }) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url, preset, throttlingMethod));
  return medianOfRuns(results);
}
