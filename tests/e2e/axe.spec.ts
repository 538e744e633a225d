import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BEAT_IDS, expectActive, waitForHydration } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is and returns its violations in a readable form. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? v.help}`),
  );
}

test('axe: first load', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  expect(await violations(page)).toEqual([]);
});

for (const id of BEAT_IDS) {
  test(`axe: with the ${id} beat active`, async ({ page }) => {
    await page.goto(`/#${id}`);
    await waitForHydration(page);
    await expectActive(page, id);
    await page.waitForTimeout(700);
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: the timeline with an event picked from the keyboard', async ({ page }) => {
  await page.goto('/#memorial-liquidated');
  await waitForHydration(page);
  await page.locator('.scrolly-graphic .tl').focus();
  await page.keyboard.press('ArrowRight');
  expect(await violations(page)).toEqual([]);
});

test('axe: article mode', async ({ page }) => {
  await page.goto('/?mode=article');
  await waitForHydration(page);
  expect(await violations(page)).toEqual([]);
});

test.describe('axe: dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('first load and the verdict', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);
    await page.goto('/#verdict');
    await expectActive(page, 'verdict');
    await page.waitForTimeout(700);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('axe: reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('first load', async ({ page }) => {
    await page.goto('/#appeal');
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('axe: forced colours', () => {
  test.use({ forcedColors: 'active' });
  test('first load and the verdict', async ({ page }) => {
    await page.goto('/#verdict');
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('axe: 320x256', () => {
  test.use({ viewport: { width: 320, height: 256 } });
  test('first load', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('axe: 1280x1024 at 400% zoom', () => {
  // 400% zoom of a 1280x1024 window lays the page out in a 320x256 CSS-pixel viewport at 4 device pixels each.
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  test('first load', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe: the teacher kit in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('whole kit and handout', async ({ page }) => {
      await page.goto('/?mode=lesson');
      await waitForHydration(page);
      expect(await violations(page)).toEqual([]);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the card view (${colorScheme}), on a phone and a desktop`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?mode=card&step=verdict');
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'card');
      expect(await violations(page)).toEqual([]);
    }
  });
}

test('axe: a beat’s share page', async ({ page }) => {
  await page.goto('/share/verdict/');
  expect(await violations(page)).toEqual([]);
});
