import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BEAT_IDS, collectErrors, expectActive, waitForHydration } from './helpers';

/**
 * The environment matrix: widths from 280 to 3840 px, a landscape phone, 200% zoom, a
 * rotation mid-scroll, back and forward, dark mode and a slow network. Each case checks the story is
 * whole and usable, nothing overflows sideways, nothing logs an error, and leaves a screenshot in
 * test-results/screenshots/ for a person to look at.
 */
const shot = async (page: Page, name: string) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/matrix-${name}.png` });
};

const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const viewport of [
  { width: 280, height: 653 },
  { width: 320, height: 568 },
  { width: 768, height: 1024 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
  { width: 667, height: 375 },
]) {
  test(`${viewport.width}x${viewport.height}: every beat there, nothing sideways, no error`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(viewport);
    await page.goto('/#verdict');
    await waitForHydration(page);
    await expect(page.locator('section.step')).toHaveCount(BEAT_IDS.length);
    await expect(page.locator('#verdict h2')).toBeInViewport();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.waitForTimeout(700);
    await shot(page, `${viewport.width}x${viewport.height}`);
    expect(errors).toEqual([]);
  });
}

test.describe('at 200% browser zoom (1440x900 window)', () => {
  // Zoom halves the CSS viewport and doubles the device pixels.
  test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
  test('reads in article mode, nothing sideways', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/#appeal');
    await waitForHydration(page);
    // 450 CSS px is too short for a sticky graphic: article mode, every beat with its own graphic.
    await expect(page.locator('.graphic-panel--inline')).toHaveCount(BEAT_IDS.length - 1);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await shot(page, 'zoom-200');
    expect(errors).toEqual([]);
  });
});

test('rotating a phone mid-scroll keeps the reader’s beat', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#new-charge');
  await waitForHydration(page);
  await expectActive(page, 'new-charge');
  await page.setViewportSize({ width: 844, height: 390 });
  await page.waitForTimeout(400);
  // The reader is still on the same beat, with nothing scrolled for them after the rotation.
  await expectActive(page, 'new-charge');
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await shot(page, 'rotated-landscape');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await expectActive(page, 'new-charge');
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  await shot(page, 'rotated-back');
  expect(errors).toEqual([]);
});

test('back and forward move between beats opened by link', async ({ page }) => {
  await page.goto('/#detained');
  await waitForHydration(page);
  await expectActive(page, 'detained');
  await page.goto('/#verdict');
  await expectActive(page, 'verdict');
  await page.goBack();
  await expectActive(page, 'detained');
  await shot(page, 'back-to-detained');
  await page.goForward();
  await expectActive(page, 'verdict');
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the story and the teacher kit', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/#what-it-means');
    await waitForHydration(page);
    await expectActive(page, 'what-it-means');
    // The dark palette is applied: near-black paper under light ink (src/theme/tokens.css).
    const colours = await page.evaluate(() => ({
      paper: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.querySelector('#what-it-means p')!).color,
    }));
    expect(colours).toEqual({ paper: 'rgb(21, 21, 21)', ink: 'rgb(238, 237, 233)' });
    await page.waitForTimeout(700);
    await shot(page, 'dark-story');
    await page.goto('/?mode=lesson');
    await waitForHydration(page);
    await shot(page, 'dark-lesson');
    expect(errors).toEqual([]);
  });
});

test('on a slow network (scripts 3 s late) the text is there first, then the page comes alive', async ({ page }) => {
  await page.route(/\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  const started = Date.now();
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#verdict h2')).toHaveText('21 years asked, 14 imposed');
  await expect(page.locator('svg.timeline').first()).toBeVisible();
  expect(Date.now() - started).toBeLessThan(3000);
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
  await shot(page, 'slow-network-before-scripts');
  await waitForHydration(page);
});
