import { expect, test } from '@playwright/test';
import { BEAT_IDS, waitForHydration } from './helpers';

// dist/boot.js (src/boot/boot.ts) starts the app once the prerendered story has loaded and painted.

/** The app script the page names for boot.js. */
const appScript = (html: string) => html.match(/<meta name="khamroyev:app-script" content="([^"]+)"/)?.[1];

test('the story paints before the app script is even requested', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const html = await page.content();
  const script = appScript(html);
  expect(script, 'the page names its app script').toMatch(/^\/assets\/.+\.js$/);
  const timing = await page.evaluate((path) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const app = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === path);
    return { paint: paint?.startTime, requested: app?.startTime };
  }, script!);
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.requested).toBeGreaterThan(timing.paint!);
});

test('when the app script cannot load, the whole story stays, with no uncaught error', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const html = await (await page.request.get('/')).text();
  await page.route(`**${appScript(html)}`, (route) => route.abort());
  await page.goto('/');
  await page.waitForTimeout(1500);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('section.step')).toHaveCount(BEAT_IDS.length);
  await expect(page.locator('.scrolly-graphic svg').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
  expect(uncaught).toEqual([]);
});
