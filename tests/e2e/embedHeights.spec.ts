import { expect, test, type Frame, type Page } from '@playwright/test';

/**
 * A story embedded 2,000 px below the host's fold sits in a cross-origin frame the browser
 * throttles: no animation frames, no observer callbacks, until it nears the screen. Under every
 * embed method the story must still report its real height within 2 s of the host's load, so the
 * host lays out the right space before the reader arrives, and nothing moves when they do.
 */
const HOST = 'http://localhost:4174/below-fold.html';
const METHODS = ['loader', 'pym-trackscroll', 'pym-plain', 'amp', 'bare'] as const;

/** The story's frame, once the story inside it has rendered. */
async function storyFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  // Polled on a timer: a throttled frame runs no animation frames, which Playwright's default polling waits for.
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'embed', undefined, { polling: 100 });
  return frame;
}

/** The story's own height, in whole px, as it reports it. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    return Math.ceil(document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
  });

/** The space the host gives the story: the loader's container, or the frame itself. */
const hostBox = (page: Page, method: string) =>
  page.evaluate((loader) => {
    const slot = document.getElementById('story')!;
    const box = loader ? slot.firstElementChild! : slot.querySelector('iframe')!;
    return Math.round(box.getBoundingClientRect().height);
  }, method === 'loader');

/** The heights the story reported to the host, each with ms since the host's load event. */
const reports = (page: Page) =>
  page.evaluate(() => {
    const loadEnd = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    return (window as unknown as { reportedHeights: { height: number; at: number }[] }).reportedHeights.map((r) => ({
      height: r.height,
      sinceLoad: r.at - loadEnd,
    }));
  });

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  for (const method of METHODS) {
    test(`${method} at ${viewport.width}x${viewport.height}: the real height within 2 s, far below the fold; nothing moves when the reader arrives`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${HOST}?method=${method}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(2000);
      const frame = await storyFrame(page);
      const before = await contentHeight(frame);
      const reported = await reports(page);
      // The last report made within 2 s of the host's load is the story's height.
      const inTime = reported.filter((r) => r.sinceLoad <= 2000);
      expect(inTime.length, JSON.stringify(reported)).toBeGreaterThan(0);
      expect(Math.abs(inTime.at(-1)!.height - before), JSON.stringify(reported)).toBeLessThanOrEqual(2);
      // Hosts that size the story give it that height, before any scroll.
      const boxBefore = await hostBox(page, method);
      if (method !== 'bare') expect(Math.abs(boxBefore - before)).toBeLessThanOrEqual(2);
      // The reader starts down the host's article; a pym parent without scroll tracking is found out
      // at once (the story stacks while it is still far below), every other host keeps its layout.
      for (let i = 0; i < 3; i++) {
        await page.mouse.wheel(0, 240);
        await page.waitForTimeout(450);
      }
      await page.waitForTimeout(800);
      const settled = { content: await contentHeight(frame), box: await hostBox(page, method) };
      if (method === 'pym-plain') {
        expect(await frame.locator('.embed').getAttribute('data-host-mode')).toBe('stacked');
        expect(Math.abs(settled.box - settled.content)).toBeLessThanOrEqual(2);
      } else {
        expect(Math.abs(settled.content - before)).toBeLessThanOrEqual(2);
        expect(Math.abs(settled.box - boxBefore)).toBeLessThanOrEqual(2);
      }
      // Then scrolls on down to the story, as a reader does, and stays a moment: nothing moves.
      const top = await page.evaluate(() => document.getElementById('story')!.getBoundingClientRect().top + window.scrollY);
      for (let y = 720; y < top; y += 240) {
        await page.mouse.wheel(0, 240);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(1500);
      expect(Math.abs((await contentHeight(frame)) - settled.content)).toBeLessThanOrEqual(2);
      expect(Math.abs((await hostBox(page, method)) - settled.box)).toBeLessThanOrEqual(2);
    });
  }
}

test('pym.js with trackscroll: a host that jumps straight to the story keeps it scroll-driven', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${HOST}?method=pym-trackscroll`);
  const frame = await storyFrame(page);
  await frame.waitForFunction(() => document.querySelector('.embed')?.getAttribute('data-host-mode') === 'pym', undefined, {
    polling: 100,
  });
  // The host's own anchor link, then a script's jump further in.
  await page.evaluate(() => (window.location.hash = '#story'));
  await page.waitForTimeout(2000);
  expect(await frame.locator('.embed').getAttribute('data-host-mode')).toBe('pym');
  await page.evaluate(() => window.scrollBy(0, 3000));
  await page.waitForTimeout(2000);
  expect(await frame.locator('.embed').getAttribute('data-host-mode')).toBe('pym');
  // The graphic is pinned in the host's view.
  const graphicTop = await frame.evaluate(() => document.querySelector('.scrolly-graphic')!.getBoundingClientRect().top);
  const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
  expect(Math.abs(frameTop + graphicTop)).toBeLessThanOrEqual(120);
});

test('pym.js without trackscroll: a host that jumps straight to the story still stacks it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${HOST}?method=pym-plain`);
  const frame = await storyFrame(page);
  await page.evaluate(() => (window.location.hash = '#story'));
  await expect(frame.locator('.embed')).toHaveAttribute('data-host-mode', 'stacked', { timeout: 3000 });
});
