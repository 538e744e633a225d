import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BEAT_IDS } from './helpers';

const slide = (page: Page) => page.locator('.present').getAttribute('data-active-step');
/** The slide on screen: every other slide waits, drawn, off screen. */
const onScreen = (page: Page) => page.locator('.present-slide[data-current]');

async function open(page: Page, hash = '') {
  await page.goto(`/?mode=present${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
}

test.use({ viewport: { width: 1280, height: 720 } });

test('next and previous with every key teachers and clickers use', async ({ page }) => {
  await open(page, '#ban-2003');
  for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n']) {
    const before = BEAT_IDS.indexOf((await slide(page)) as never);
    await page.keyboard.press(key);
    await expect.poll(() => slide(page), { message: key }).toBe(BEAT_IDS[before + 1]);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p']) {
    const before = BEAT_IDS.indexOf((await slide(page)) as never);
    await page.keyboard.press(key);
    await expect.poll(() => slide(page), { message: key }).toBe(BEAT_IDS[before - 1]);
  }
  await page.keyboard.press('End');
  await expect.poll(() => slide(page)).toBe('sources');
  await page.keyboard.press('Home');
  await expect.poll(() => slide(page)).toBe('intro');
  await expect(page.locator('.present-counter')).toHaveText(`1 / ${BEAT_IDS.length}`);
});

test('every slide waits drawn one window apart; a press brings the next to fill the window; a wheel moves nothing', async ({ page }) => {
  await open(page, '#detained');
  await expect(page.locator('.present-slide')).toHaveCount(BEAT_IDS.length);
  // Drawn in advance: every slide has its heading and graphic before a press reaches it.
  await expect(page.locator('.present-slide h1')).toHaveCount(BEAT_IDS.length);
  // The slide on screen spans the window from its top to the bar.
  const place = () =>
    page.evaluate(() => {
      const box = document.querySelector('.present-slide[data-current]')!.getBoundingClientRect();
      const bar = document.querySelector('.present-bar')!.getBoundingClientRect();
      return { top: Math.round(box.top), bottom: Math.round(box.bottom - bar.top), bar: Math.round(bar.bottom - window.innerHeight) };
    });
  const filling = { top: 0, bottom: 0, bar: 0 };
  await expect.poll(place).toEqual(filling);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slide(page)).toBe('posts');
  await expect(onScreen(page).locator('section')).toHaveId('posts');
  await expect.poll(place).toEqual(filling);
  await page.mouse.move(640, 300);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(300);
  await expect.poll(place).toEqual(filling);
  await expect(onScreen(page).locator('section')).toHaveId('posts');
  // A new window size keeps the slide whole.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(place).toEqual(filling);
});

test('only the slide on screen can be reached: Tab right after a press stays on it and the bar', async ({ page }) => {
  await open(page, '#new-charge');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slide(page)).toBe('verdict');
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return 'body';
      if (focused.closest('.present-slide[data-current]')) return 'slide';
      if (focused.closest('.present-bar')) return 'bar';
      return focused.closest('.present-slide') ? `another slide: ${focused.outerHTML.slice(0, 80)}` : 'elsewhere';
    });
    expect(['slide', 'bar', 'body']).toContain(where);
  }
  // Once the presses pause, every slide off screen is inert: out of the tab order and the accessibility tree.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.present-slide')].map((s) =>
          [...s.children].every((part) => (part as HTMLElement).inert),
        ),
      ),
    )
    .toEqual(BEAT_IDS.map((id) => id !== 'verdict'));
});

test('the verdict is revealed in three presses: bars, figures, takeaway', async ({ page }) => {
  await open(page, '#new-charge');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slide(page)).toBe('verdict');
  const chart = onScreen(page).locator('.present-graphic');
  await expect(chart.locator('.sc-strong')).toHaveCount(0);
  await expect(chart.locator('.graphic-title')).toHaveCount(0);
  // Nothing else on the slide gives the figures away before the class has guessed.
  await expect(onScreen(page).locator('h1')).toHaveText('The verdict');
  await expect(onScreen(page).locator('.present-text')).not.toContainText('21');
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.sc-strong').first()).toHaveText('21 years');
  await expect(chart.locator('.graphic-title')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.graphic-title')).toHaveText('The court imposed 14 of the 21 years prosecutors asked for');
  await expect(onScreen(page).locator('h1')).toHaveText('21 years asked, 14 imposed');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slide(page)).toBe('appeal');
});

test('a link to the verdict slide opens on the first step of its reveal, as arriving with Next does', async ({ page }) => {
  await open(page, '#verdict');
  const chart = onScreen(page).locator('.present-graphic');
  await expect(chart.locator('.sc-strong')).toHaveCount(0);
  await expect(chart.locator('.graphic-title')).toHaveCount(0);
  await expect(onScreen(page).locator('h1')).toHaveText('The verdict');
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.sc-strong').first()).toHaveText('21 years');
});

test('blackout on and off with B, full stop and slash', async ({ page }) => {
  await open(page);
  for (const key of ['b', '.', '/']) {
    await page.keyboard.press(key);
    await expect(page.locator('.present-blackout'), key).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page)).toBe('intro');
    await page.keyboard.press(key);
    await expect(page.locator('.present-blackout'), key).toHaveCount(0);
  }
});

test('F asks for full screen', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    (window as unknown as { asked: number }).asked = 0;
    Element.prototype.requestFullscreen = function () {
      (window as unknown as { asked: number }).asked += 1;
      return Promise.resolve();
    };
  });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);
});

test('Esc and O open the overview; choosing a part goes there', async ({ page }) => {
  await open(page);
  for (const key of ['Escape', 'o']) {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog', { name: 'All parts of the story' })).toBeVisible();
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await page.keyboard.press('o');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /To the Arctic/ })
    .click();
  await expect.poll(() => slide(page)).toBe('arctic');
});

test('G goes to a part by number or name; an unknown one stays put and says so', async ({ page }) => {
  await open(page);
  await page.keyboard.press('g');
  await page.getByLabel('Go to part (number or name)').fill('9');
  await page.keyboard.press('Enter');
  await expect.poll(() => slide(page)).toBe('arctic');
  await page.keyboard.press('g');
  await page.getByLabel('Go to part (number or name)').fill('nowhere');
  await page.keyboard.press('Enter');
  await expect(page.locator('.present-message')).toContainText('There is no part called “nowhere”');
  await page.keyboard.press('Escape');
  await expect.poll(() => slide(page)).toBe('arctic');
});

test('the help overlay lists every command', async ({ page }) => {
  await open(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard commands' });
  for (const text of ['PageDown', 'Shift+Space', 'Home', 'End', 'B, ., /', 'F', 'Escape, O', 'G', '?'])
    await expect(help).toContainText(text);
  await expect(help.locator('dt')).toHaveCount(10);
  await expect(help).toContainText('S');
});

test('the hash follows the slide; reload, back and forward keep the place', async ({ page }) => {
  await open(page, '#detained');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#posts$/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
  await expect.poll(() => slide(page)).toBe('posts');
  await page.goBack();
  await expect.poll(() => slide(page)).toBe('detained');
  await page.goForward();
  await expect.poll(() => slide(page)).toBe('posts');
});

test('an unknown #beat keeps the opening slide and says so', async ({ page }) => {
  await open(page, '#no-such-beat');
  await expect.poll(() => slide(page)).toBe('intro');
  await expect(page.locator('.present-message')).toContainText('no-such-beat');
});

test('keys act on the timeline when it has focus, not on the slides', async ({ page }) => {
  await open(page, '#new-charge');
  await onScreen(page).locator('.present-graphic .tl').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slide(page)).toBe('new-charge');
});

test('axe: presenter mode and its help overlay', async ({ page }) => {
  await open(page, '#verdict');
  const scan = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await scan()).toEqual([]);
  await page.keyboard.press('?');
  expect(await scan()).toEqual([]);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`screenshots at ${viewport.width}x${viewport.height}`, async ({ page }, testInfo) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.setViewportSize(viewport);
    for (const id of ['intro', 'memorial-liquidated', 'verdict', 'what-it-means']) {
      await open(page, `#${id}`);
      await page.waitForTimeout(600);
      const path = `test-results/screenshots/present-${viewport.width}x${viewport.height}-${id}.png`;
      await page.screenshot({ path });
      await testInfo.attach(id, { path, contentType: 'image/png' });
    }
  });
}

test('S opens the notes window; the two stay on the same beat both ways', async ({ page, context }) => {
  await open(page, '#detained');
  const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  // A new window starts on about:blank: its document may be mid-replacement when first asked. Polled
  // on a timer: a window behind the presenter's may get no animation frames to poll on.
  await notes.waitForFunction(() => document.documentElement?.dataset.hydrated === 'notes', undefined, { polling: 100 });
  await expect(notes.locator('.notes')).toHaveAttribute('data-active-step', 'detained');
  await expect(notes.locator('.notes')).toContainText('Six posts');
  await page.keyboard.press('ArrowRight');
  await expect(notes.locator('.notes')).toHaveAttribute('data-active-step', 'posts');
  await notes.keyboard.press('n');
  await expect.poll(() => slide(page)).toBe('new-charge');
  await expect(notes.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
  await notes.getByRole('button', { name: 'Pause timer' }).click();
  await expect(notes.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  const violations = (
    await new AxeBuilder({ page: notes }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  ).violations;
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a pop-up blocker gets a visible message with a link to open the notes by hand', async ({ page }) => {
  await open(page, '#verdict');
  await page.evaluate(() => {
    window.open = () => null;
  });
  await page.keyboard.press('s');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The browser blocked the notes window.');
  await expect(alert.getByRole('link', { name: 'Open the notes by hand' })).toHaveAttribute('href', /mode=notes/);
});
