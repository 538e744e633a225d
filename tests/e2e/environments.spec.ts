import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BEAT_IDS, expectActive, nextFrames, waitForHydration } from './helpers';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every beat’s text, the corrections and the graphic are there, in order', async ({ page }) => {
    await page.goto('/');
    const ids = await page.locator('section.step').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual([...BEAT_IDS]);
    for (const id of BEAT_IDS) {
      const heading = page.locator(`#${id} h2`);
      await expect(heading).toBeVisible();
    }
    await expect(page.locator('#verdict')).toContainText('Prosecutors had asked for 21 years. The court imposed 14');
    await expect(page.locator('.corrections-table')).toBeVisible();
    await expect(page.locator('svg.timeline')).toHaveCount(1);
    await expect(page.locator('.tl-callout').first()).toBeVisible();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/matrix-no-javascript.png' });
  });

  test('the data tables, every source and the record of updates are a link away', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.source-list')).toHaveCount(0);
    await expect(page.locator('table.data-table')).toHaveCount(1);
    // The tables' stand-in carries both tables' anchors, so the graphic's "numbers" links land on it.
    await expect(page.locator('#timeline-table #sentence-table')).toBeAttached();
    // In the list's place, each source's anchor, so a citation still lands here.
    const sources = await page.locator('#source-list span[id^="source-"]').count();
    expect(sources).toBeGreaterThan(40);
    await page.locator('#source-list a').click();
    await expect(page).toHaveURL(/\/sources-and-data\/#source-list$/);
    await expect(page.locator('h1')).toHaveText('Sources, data and updates');
    await expect(page.getByRole('table', { name: /timeline/i })).toBeVisible();
    await expect(page.getByRole('table', { name: /The sentence/ })).toContainText('13 years 9 months');
    await expect(page.locator('.source-list li')).toHaveCount(sources);
    await expect(page.locator('#updates li').first()).toBeVisible();
    await expect(page.locator('#accessibility')).toBeVisible();
    await page.getByRole('link', { name: 'A terrorism case over Facebook posts, and a 14-year sentence' }).click();
    await expect(page.locator('#intro')).toBeAttached();
  });

  test('#verdict still jumps to the verdict', async ({ page }) => {
    await page.goto('/#verdict');
    const top = await page.locator('#verdict').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('state changes are instant: nothing moves between beats', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const markTransform = () => page.locator('g[data-event="hizb-ban"]').evaluate((el) => getComputedStyle(el).transform);
    const before = await markTransform();
    await page.evaluate(() => document.getElementById('ban-2003')!.scrollIntoView({ block: 'start' }));
    await expectActive(page, 'ban-2003');
    await nextFrames(page);
    const right = await markTransform();
    await page.waitForTimeout(300);
    expect(await markTransform()).toBe(right);
    expect(right).not.toBe(before);
    const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(running).toBe(0);
  });
});

test.describe('screenshots for review', () => {
  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width}x${viewport.height}`, async ({ page }, testInfo) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.setViewportSize(viewport);
      for (const id of ['intro', 'memorial-liquidated', 'verdict', 'what-it-means', 'corrections']) {
        await page.goto(`/#${id}`);
        await waitForHydration(page);
        await expectActive(page, id);
        await page.waitForTimeout(800);
        const path = `test-results/screenshots/${viewport.width}x${viewport.height}-${id}.png`;
        await page.screenshot({ path });
        await testInfo.attach(id, { path, contentType: 'image/png' });
      }
    });
  }
});
