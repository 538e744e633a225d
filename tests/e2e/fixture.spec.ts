import { expect, test } from '@playwright/test';
import { fixtureStory } from '../fixtures/story/story';
import { collectErrors, expectActive, waitForHydration, wheelThroughStory } from './helpers';

/**
 * A fictional story (tests/fixtures/story), built, prerendered and served by the same code as the
 * case (tests/fixtures/vite.config.ts, served by tests/e2e/folderServer.mjs): the engine knows no
 * one story's beats, events or charts.
 */
const FIXTURE = 'http://127.0.0.1:4177/fixture/';
const ids = fixtureStory.beats.map((beat) => beat.id);

test('the fictional story is prerendered: every beat is in the page before any script runs', async ({ request }) => {
  const html = await (await request.get(FIXTURE)).text();
  for (const beat of fixtureStory.beats) {
    expect(html).toContain(`id="${beat.id}"`);
    expect(html).toContain(beat.heading);
  }
  expect(html).toContain(`<title>${fixtureStory.meta.pageTitle}</title>`);
  // No sentence chart in the markup (the inline stylesheet, shared by every story, names its class).
  expect(html.replace(/<style>[\s\S]*?<\/style>/g, '')).not.toContain('sentence-chart');
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the mouse wheel visits every beat of the fictional story in order at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(viewport);
    await page.goto(FIXTURE);
    await waitForHydration(page);
    expect(await wheelThroughStory(page)).toEqual(ids);
    await expect(page.locator('.sentence-chart')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('the fictional story’s deep links, article mode and slides work, and it has no teacher kit', async ({ page }) => {
  await page.goto(`${FIXTURE}#storm`);
  await waitForHydration(page);
  await expectActive(page, 'storm');
  await page.goto(`${FIXTURE}?mode=article`);
  await waitForHydration(page);
  // The end matter draws no graphic of its own: one per beat but that one.
  await expect(page.locator('.graphic-panel--inline')).toHaveCount(ids.length - 1);
  await page.goto(`${FIXTURE}?mode=present`);
  await waitForHydration(page);
  await expect(page.locator('.present-counter')).toHaveText(`1 / ${ids.length}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', ids[1]!);
  await page.goto(`${FIXTURE}?mode=lesson`);
  await waitForHydration(page);
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe('lesson');
  await expect(page.locator('.lesson')).toHaveCount(0);
  await expect(page.locator('section.step')).toHaveCount(ids.length);
});
