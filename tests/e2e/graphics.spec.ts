import { expect, test, type Page } from '@playwright/test';
import { BEAT_IDS, expectActive, waitForHydration } from './helpers';

/**
 * The graphic uses its panel: on a desktop and on a projector, what the chart draws (marks, labels,
 * notes) spans at least half the panel's height, and its text is drawn at 15 px or more. Measured
 * from the drawn elements themselves, not from the layout's numbers.
 */
async function measure(page: Page, panelSelector: string) {
  return page.evaluate((selector) => {
    const panel = document.querySelector<HTMLElement>(selector)!;
    const layer = panel.closest('.graphic-panel')!.querySelector<HTMLElement>('.graphic-layer:not(.graphic-layer--hidden)')!;
    const svg = layer.querySelector<SVGSVGElement>('svg')!;
    const shown = (el: Element) => {
      for (let node: Element | null = el; node && node !== svg; node = node.parentElement)
        if (node.getAttribute('opacity') === '0') return false;
      return true;
    };
    let top = Infinity;
    let bottom = -Infinity;
    for (const el of svg.querySelectorAll('text, circle, rect, path')) {
      if (el.closest('pattern, defs') || !shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.height === 0 && r.width === 0) continue;
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
    }
    const viewBox = svg.viewBox.baseVal;
    const drawnScale = svg.getBoundingClientRect().width / viewBox.width;
    const fontSizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * drawnScale);
    return { fill: (bottom - top) / panel.getBoundingClientRect().height, smallestText: Math.min(...fontSizes) };
  }, panelSelector);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`${viewport.width}x${viewport.height}: every beat's graphic fills half its pinned panel, with 15 px text`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForHydration(page);
    const fills: string[] = [];
    for (const id of BEAT_IDS) {
      await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'center' }), id);
      await expectActive(page, id);
      await page.waitForTimeout(800);
      const { fill, smallestText } = await measure(page, '.scrolly-graphic .graphic-panel');
      fills.push(`${id} ${Math.round(fill * 100)}%`);
      expect(fill, id).toBeGreaterThanOrEqual(0.5);
      expect(smallestText, id).toBeGreaterThanOrEqual(14.99);
    }
    test.info().annotations.push({ type: 'fill', description: fills.join(', ') });
  });
}

test('1920x1080 presenter: every slide’s graphic, fully revealed, fills half its chart area, with text larger than 15 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const fills: string[] = [];
  for (const id of BEAT_IDS) {
    if (id === 'sources') continue; // its slide has no graphic of its own: the tables give every number
    await page.goto(`/?mode=present#${id}`);
    await waitForHydration(page);
    // The verdict's slow reveal: two presses bring in the figures, then the title.
    if (id === 'verdict') for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await page.waitForTimeout(800);
    const { fill, smallestText } = await measure(page, '.present-slide[data-current] .present-graphic .graphic-canvas');
    fills.push(`${id} ${Math.round(fill * 100)}%`);
    expect(fill, id).toBeGreaterThanOrEqual(0.5);
    expect(smallestText, id).toBeGreaterThanOrEqual(15);
  }
  test.info().annotations.push({ type: 'fill', description: fills.join(', ') });
});

test('1440x900: the first screen shows the headline and the lead graphic, with 15 px text', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('h1')).toBeInViewport();
  await expect(page.locator('.masthead-lead svg')).toBeInViewport({ ratio: 1 });
  const { smallestText } = await measure(page, '.masthead-lead .graphic-panel');
  expect(smallestText).toBeGreaterThanOrEqual(14.99);
});

test('375x812: the graphic appears within the first scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('.masthead-lead')).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, window.innerHeight));
  await expect(page.locator('.scrolly-graphic svg').first()).toBeInViewport({ ratio: 0.5 });
});

test('1440x900: pointing at a timeline event shows its details, and moving off the timeline hides them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#memorial-liquidated');
  await waitForHydration(page);
  await expectActive(page, 'memorial-liquidated');
  await page.waitForTimeout(800);
  const details = page.locator('.scrolly-graphic .tl-details');
  // The centre of the first event mark drawn on screen (the rest of the timeline waits off to the sides).
  const mark = await page.evaluate(() => {
    for (const circle of document.querySelectorAll('.scrolly-graphic .tl svg circle')) {
      const r = circle.getBoundingClientRect();
      const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      if (document.elementFromPoint(centre.x, centre.y) === circle) return centre;
    }
    return null;
  });
  expect(mark).not.toBeNull();
  await page.mouse.move(mark!.x, mark!.y);
  await expect(details).toHaveCount(1);
  await expect(details).toContainText('2021');
  // Away from the timeline, over the story's text: the details and the pick's ring go.
  await page.mouse.move(1400, 880);
  await expect(details).toBeHidden();
  await expect(page.locator('.scrolly-graphic .tl-picked')).toBeHidden();
});
