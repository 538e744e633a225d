import { expect, test } from '@playwright/test';
import { activeState, BEAT_IDS, collectErrors, expectActive, scrollAtRest, waitForHydration, wheelThroughStory } from './helpers';

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the mouse wheel visits every beat in order at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await waitForHydration(page);
    const visited = await wheelThroughStory(page);
    await page.waitForTimeout(200);
    const last = await activeState(page);
    expect(last.graphic).toBe(last.current[0]);
    expect(visited).toEqual([...BEAT_IDS]);
    expect(errors).toEqual([]);
  });
}

test('the graphic follows aria-current at every step', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  for (const id of BEAT_IDS) {
    await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
    await expectActive(page, id);
  }
});

test('a beat change glides the marks, an interrupted glide too, and they come to rest on the rendered state', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForHydration(page);
  // The glide's code arrives just after the first render.
  await page.waitForTimeout(500);
  const marksInMotion = () =>
    page.evaluate(() => document.getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest('.tl-mark')).length);
  await page.evaluate(() => document.getElementById('ban-2003')!.scrollIntoView({ block: 'start' }));
  await expect.poll(marksInMotion, { timeout: 2000, intervals: [20] }).toBeGreaterThan(0);
  await expectActive(page, 'ban-2003');
  // The next beat arrives mid-glide: every mark picks up from where it is.
  await page.evaluate(() => document.getElementById('memorial-liquidated')!.scrollIntoView({ block: 'start' }));
  await expectActive(page, 'memorial-liquidated');
  await expect.poll(() => page.evaluate(() => document.getAnimations().length), { timeout: 5000 }).toBe(0);
  // At rest, nothing but React's own attributes places a mark.
  const leftovers = await page.evaluate(
    () =>
      [...document.querySelectorAll<SVGElement>('.scrolly-graphic [style]')].filter((el) => el.style.transform || el.style.opacity).length,
  );
  expect(leftovers).toBe(0);
  expect(errors).toEqual([]);
});

test('a flick passes beats without redrawing the graphic for each, and the graphic lands on the beat the reader stops on', async ({
  page,
}) => {
  await page.goto('/');
  await waitForHydration(page);
  // Every change of the current beat and of the beat the graphic shows, as the page sees them.
  await page.evaluate(() => {
    const changes = { current: [] as string[], graphic: [] as string[] };
    (window as unknown as { __changes: typeof changes }).__changes = changes;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (record.attributeName === 'aria-current' && target.getAttribute('aria-current') === 'step') changes.current.push(target.id);
        if (record.attributeName === 'data-active-step') changes.graphic.push(target.getAttribute('data-active-step')!);
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current', 'data-active-step'] });
  });
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height - 40);
  // Far faster than anyone reads: 600 px every 30 ms.
  for (let notch = 0; notch < 20; notch++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(30);
  }
  const during = await page.evaluate(() => ({
    ...(window as unknown as { __changes: { current: string[]; graphic: string[] } }).__changes,
  }));
  expect(during.current.length).toBeGreaterThanOrEqual(3);
  expect(during.graphic.length).toBeLessThan(during.current.length);
  // Once the reader stops, the graphic comes to their beat.
  await scrollAtRest(page);
  const { current } = await activeState(page);
  await expectActive(page, current[0]!);
});

test('settled beats away after a flick, the graphic cuts to the reader’s beat: no glide across the beats passed', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForHydration(page);
  // The glide's code arrives just after the first render.
  await page.waitForTimeout(500);
  // Each beat the graphic comes to, and how many animations run in the frame after it does.
  await page.evaluate(() => {
    const landings: { beat: string; moving: number }[] = [];
    (window as unknown as { __landings: typeof landings }).__landings = landings;
    new MutationObserver((records) => {
      for (const record of records) {
        const beat = (record.target as Element).getAttribute('data-active-step')!;
        requestAnimationFrame(() => landings.push({ beat, moving: document.getAnimations().length }));
      }
    }).observe(document.querySelector('.scrolly-graphic')!, { attributes: true, attributeFilter: ['data-active-step'] });
  });
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height - 40);
  for (let notch = 0; notch < 10; notch++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(30);
  }
  await scrollAtRest(page);
  const { current } = await activeState(page);
  await expectActive(page, current[0]!);
  const readLandings = () => page.evaluate(() => (window as unknown as { __landings: { beat: string; moving: number }[] }).__landings);
  // Each landing is written in the frame after it: wait for the first, then long enough for a second.
  await expect.poll(async () => (await readLandings()).length).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  const landings = await readLandings();
  // The graphic held its beat through the flick, and came to the reader's at once. The first notch
  // may be read before the pace is known (one sample): then the graphic first takes the beat it
  // reaches, and holds that one instead.
  const last = landings.at(-1)!;
  expect(last.beat).toBe(current[0]);
  expect(last.moving).toBe(0);
  expect(landings.length).toBeLessThanOrEqual(2);
  if (landings.length === 2) expect(BEAT_IDS.indexOf(landings[0]!.beat as (typeof BEAT_IDS)[number])).toBeLessThanOrEqual(2);
  expect((BEAT_IDS as readonly string[]).indexOf(current[0]!)).toBeGreaterThanOrEqual(3);
  expect(errors).toEqual([]);
});

test('jumping to the bottom in one step activates the last beat', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.keyboard.press('End');
  await expectActive(page, 'sources');
  await scrollAtRest(page);
  await page.keyboard.press('Home');
  await expectActive(page, 'intro');
});

test('a reload mid-page keeps the beat the reader was on', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.evaluate(() => document.getElementById('appeal')!.scrollIntoView({ block: 'start' }));
  await expectActive(page, 'appeal');
  await page.reload();
  await waitForHydration(page);
  await expectActive(page, 'appeal');
});

test('#verdict opens the verdict with the sentence chart', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#verdict');
  await waitForHydration(page);
  await expectActive(page, 'verdict');
  await expect(page.locator('.scrolly-graphic figure')).toHaveAttribute('data-scene', 'sentence');
  await expect(page.locator('.scrolly-graphic')).toContainText('The court imposed 14 of the 21 years prosecutors asked for');
  expect(errors).toEqual([]);
});

test('?step= opens that beat', async ({ page }) => {
  await page.goto('/?step=arctic');
  await waitForHydration(page);
  await expectActive(page, 'arctic');
});

test('unknown fragments, modes and steps fall back to the start of the article', async ({ page }) => {
  const errors = collectErrors(page);
  for (const url of [
    '/#nothing-here',
    '/?mode=nonsense',
    '/?step=nope',
    '/?mode=%3Cscript%3E&step=%00#%E2%80%AE',
    '/#%E0%A4%A',
    '/?step=%',
  ]) {
    await page.goto(url);
    await waitForHydration(page);
    await expectActive(page, 'intro');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('h1')).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('resizing from 1440 to 375 keeps the active beat the one at the trigger line', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#posts');
  await waitForHydration(page);
  await expectActive(page, 'posts');
  await page.setViewportSize({ width: 375, height: 812 });
  // The expected beat, worked out from the new layout the way a reader sees it.
  const expected = await page.evaluate(() => {
    const graphic = document.querySelector('.scrolly-graphic')!.getBoundingClientRect();
    const line = graphic.bottom + (window.innerHeight - graphic.bottom) / 2;
    const steps = Array.from(document.querySelectorAll('.step'));
    const crossed = steps.filter((s) => s.getBoundingClientRect().top <= line);
    return (crossed.at(-1) ?? steps[0]!).id;
  });
  await expectActive(page, expected);
});

test('the prerendered page hydrates with no warnings', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForHydration(page);
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test('at 320 px wide nothing overflows: no sideways scroll, every chart label inside its chart', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const id of ['intro', 'ban-2003', 'memorial-liquidated', 'verdict', 'appeal', 'what-it-means', 'arctic']) {
    await page.goto(`/#${id}`);
    await waitForHydration(page);
    await expectActive(page, id);
    await page.waitForTimeout(700);
    const report = await page.evaluate(() => {
      const visibleSvg = Array.from(document.querySelectorAll('.scrolly-graphic .graphic-layer'))
        .find((layer) => getComputedStyle(layer).opacity === '1')!
        .querySelector('svg')!;
      const frame = visibleSvg.getBoundingClientRect();
      const outside = Array.from(visibleSvg.querySelectorAll('text'))
        .filter((t) => getComputedStyle(t.closest('g[style*="opacity"]') ?? t).opacity !== '0')
        .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1));
      return { scrollWidth: document.documentElement.scrollWidth, outside: outside.map((o) => o.text) };
    });
    expect(report.scrollWidth, id).toBeLessThanOrEqual(320);
    expect(report.outside, id).toEqual([]);
  }
});

test('on a very tall screen a deep link shows its own beat, and the scroll takes over once the reader moves', async ({ page }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/#verdict');
  await waitForHydration(page);
  await expectActive(page, 'verdict');
  await page.mouse.move(1920, 1500);
  for (let i = 0; i < 20 && (await activeState(page)).current[0] === 'verdict'; i += 1) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(60);
  }
  expect((await activeState(page)).current[0]).not.toBe('verdict');
});
