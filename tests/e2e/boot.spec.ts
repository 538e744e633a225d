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

// The page carries its first screen's stylesheet inline; the first script links the rest
// (src/theme/afterPaint.css) once that screen has painted, and any other view waits for it.
const afterPaintStyles = (html: string) => html.match(/data-styles="([^"]+)"/)?.[1];

test('the rest of the stylesheet is requested after the first paint, and moves nothing on the first screen', async ({ browser }) => {
  const probe = await browser.newPage();
  const html = await (await probe.request.get('/')).text();
  await probe.close();
  const styles = afterPaintStyles(html);
  expect(styles, 'the first script names the rest of the stylesheet').toMatch(/^\.\/assets\/after-paint-.+\.css$/);
  const firstScreen = ['h1', '.dek', '.credit', '.edition-switch', '.reading-controls', '.scrolly-graphic', '#intro'];
  const boxes = (selectors: string[]) =>
    selectors.map((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return `${selector} ${box.x} ${box.y} ${box.width} ${box.height}`;
    });
  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1440, height: 900 },
  ]) {
    // Without it: the first screen as it first paints.
    const before = await browser.newPage({ viewport });
    await before.route('**/after-paint-*.css', (route) => route.abort());
    await before.route('**/boot.js', (route) => route.abort());
    await before.goto('/');
    await before.waitForTimeout(300);
    const painted = await before.evaluate(boxes, firstScreen);
    await before.close();
    // With it, and the app: every box where it was.
    const page = await browser.newPage({ viewport });
    await page.goto('/');
    await waitForHydration(page);
    const timing = await page.evaluate((path) => {
      const requested = performance.getEntriesByType('resource').find((entry) => entry.name === new URL(path, document.baseURI).href);
      return { paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, requested: requested?.startTime };
    }, styles!);
    expect(timing.requested, 'requested').toBeGreaterThan(timing.paint!);
    await expect
      .poll(() => page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('after-paint-'))))
      .toBe(true);
    expect(await page.evaluate(boxes, firstScreen), `at ${viewport.width} px`).toEqual(painted);
    await page.close();
  }
});

test('a link into the story waits for the rest of the stylesheet, and without JavaScript the page links it', async ({ browser }) => {
  const linked = await browser.newPage();
  await linked.goto('/#corrections');
  const link = linked.locator('link[rel="stylesheet"][href*="after-paint-"]');
  await expect(link).toHaveAttribute('blocking', 'render');
  // The corrections table styled from the first frame: no browser default borders or spacing.
  expect(await linked.locator('.corrections-table').evaluate((table) => getComputedStyle(table).borderCollapse)).toBe('collapse');
  await linked.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.locator('.corrections-table').evaluate((table) => getComputedStyle(table).borderCollapse)).toBe('collapse');
  await context.close();
});
