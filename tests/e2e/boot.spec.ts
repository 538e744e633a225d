import { expect, test } from '@playwright/test';
import { appScriptsIn as appScripts } from '../../src/lib/pageContract.mjs';
import { BEAT_IDS, waitForHydration } from './helpers';

// The page's first script (src/boot/pageStart.ts) fetches dist/boot.js once the prerendered story
// has painted, and boot.js (src/boot/boot.ts) starts the app once it has loaded and painted.

test('the story paints before boot.js or any app script is even requested', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const scripts = appScripts(await page.content());
  // React's chunk, the code every edition shares, and the edition's own entry.
  expect(scripts.length, 'the page names React’s chunk, the shared app and the entry').toBe(3);
  for (const script of scripts) expect(script).toMatch(/^\.\/assets\/.+\.js$/);
  const timing = await page.evaluate(
    (paths) => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const requested = paths.map(
        (path) => performance.getEntriesByType('resource').find((entry) => entry.name === new URL(path, document.baseURI).href)?.startTime,
      );
      return { paint: paint?.startTime, requested };
    },
    ['./boot.js', ...scripts],
  );
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.requested).toHaveLength(4);
  for (const requested of timing.requested) expect(requested).toBeGreaterThan(timing.paint!);
});

test('when the app script cannot load, the whole story stays, with no uncaught error', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const html = await (await page.request.get('/')).text();
  for (const script of appScripts(html)) await page.route(`**${script.replace(/^\./, '')}`, (route) => route.abort());
  await page.goto('/');
  await page.waitForTimeout(1500);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('section.step')).toHaveCount(BEAT_IDS.length);
  await expect(page.locator('.scrolly-graphic svg').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
  expect(uncaught).toEqual([]);
});
