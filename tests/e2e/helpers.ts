import { expect, type Page } from '@playwright/test';
import { BEAT_IDS } from '../../src/story/beatIds';

export { BEAT_IDS };

/** Waits until React has hydrated the prerendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
}

/** The id of the beat with aria-current="step", and the graphic's data-active-step. */
export async function activeState(page: Page): Promise<{ current: string[]; graphic: string | null }> {
  return page.evaluate(() => ({
    current: Array.from(document.querySelectorAll('[aria-current="step"]')).map((el) => el.id),
    graphic: document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null,
  }));
}

/** Waits until `id` is the one current beat and the graphic shows it. */
export async function expectActive(page: Page, id: string): Promise<void> {
  await expect.poll(() => activeState(page), { timeout: 5000 }).toEqual({ current: [id], graphic: id });
}

/** Collects console errors and uncaught exceptions, hydration warnings included. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits two animation frames: framer-motion applies even an instant change on its next frame. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Waits until the page has stopped scrolling: the same scroll position over several frames. A key
 * like End scrolls with an animation, and Chromium can drop a second key pressed while it runs.
 */
export async function scrollAtRest(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/**
 * Scrolls the page to its end with the mouse wheel, 240 px a notch, as a reader would, checking that
 * exactly one beat is current at every notch. Returns the beats that were current, in order.
 */
export async function wheelThroughStory(page: Page): Promise<string[]> {
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height - 40);
  const visited: string[] = [];
  for (let i = 0; i < 500; i += 1) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(40);
    const { current } = await activeState(page);
    expect(current).toHaveLength(1);
    if (visited.at(-1) !== current[0]) visited.push(current[0]!);
    if (await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)) break;
  }
  return visited;
}

/**
 * Opens `path` as a returning reader: a first view caches the edition's web faces and notes it
 * (src/lib/webFaces.ts), and the page is opened again, now set in them from its first paint.
 */
export async function openAsReturningReader(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.includes(':web-faces:'))), { timeout: 15_000 })
    .toBe(true);
  // By way of a blank page: going to the same address with a #beat would only scroll.
  await page.goto('about:blank');
  await page.goto(path);
}

/** Records the page's layout shifts from its first paint, on every page the tab opens from now on. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)),
    ).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
}

/** The current page's layout shift, summed, as recordLayoutShifts saw it. */
export function layoutShiftTotal(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
}
