import { expect, test, type Page } from '@playwright/test';
import { activeState, BEAT_IDS, expectActive, nextFrames, waitForHydration } from './helpers';

/** Contrast of every visible SVG text (4.5:1) and mark (3:1) against the page, from rendered colours. */
async function chartContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (value: string): number[] | null => {
      const m = value.match(/rgba?\(([^)]+)\)/);
      return m ? m[1]!.split(',').map((n) => parseFloat(n)) : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const background = rgb(getComputedStyle(document.body).backgroundColor)!;
    const shown = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        if (getComputedStyle(node).opacity === '0' || getComputedStyle(node).display === 'none') return false;
      }
      return true;
    };
    const problems: string[] = [];
    const svg = document.querySelector('.scrolly-graphic')!;
    for (const text of svg.querySelectorAll('svg text')) {
      if (!shown(text) || !text.textContent?.trim()) continue;
      const fill = rgb(getComputedStyle(text).fill);
      if (fill && ratio(fill, background) < 4.5) problems.push(`text "${text.textContent}" ${ratio(fill, background).toFixed(2)}:1`);
    }
    for (const mark of svg.querySelectorAll('.tl-mark circle, .tl-mark rect, .sc-bar:not([fill]), .sc-prison, .sc-hatch-line, .tl-axis')) {
      if (!shown(mark)) continue;
      const style = getComputedStyle(mark);
      const fill = rgb(style.fill);
      const stroke = rgb(style.stroke);
      const visible = [fill, stroke].filter((c): c is number[] => c !== null && ratio(c, background) > 1.01);
      const best = Math.max(0, ...visible.map((c) => ratio(c, background)));
      if (best < 3) problems.push(`mark ${mark.parentElement?.getAttribute('class') ?? mark.getAttribute('class')} ${best.toFixed(2)}:1`);
    }
    const ring = rgb(
      getComputedStyle(document.documentElement)
        .getPropertyValue('--focus-ring')
        .trim()
        .replace(/^#(..)(..)(..)$/, (_, r, g, b) => `rgb(${parseInt(r, 16)},${parseInt(g, 16)},${parseInt(b, 16)})`),
    );
    if (ring && ratio(ring, background) < 3) problems.push(`focus ring ${ratio(ring, background).toFixed(2)}:1`);
    return problems;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('chart text reaches 4.5:1 and marks 3:1 in every beat', async ({ page }) => {
      await page.goto('/');
      await waitForHydration(page);
      for (const id of BEAT_IDS) {
        await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
        await expectActive(page, id);
        await page.waitForTimeout(700);
        expect(await chartContrast(page), id).toEqual([]);
      }
    });
  });
}

for (const [name, use] of [
  ['320 px wide', { viewport: { width: 320, height: 640 } }],
  ['400% zoom', { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 }],
] as const) {
  test.describe(name, () => {
    test.use(use);
    test('nothing scrolls sideways, in the story or the article', async ({ page }) => {
      for (const url of ['/', '/?mode=article', '/?mode=scroll#verdict']) {
        await page.goto(url);
        await waitForHydration(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, url).toBeLessThanOrEqual(0);
      }
    });
  });
}

test('at 400% zoom the page opens in article mode', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  await page.goto('/');
  await waitForHydration(page);
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe('article');
  await expect(page.locator('.scrolly-graphic')).toHaveCount(0);
  await page.close();
});

test('text-spacing overrides (WCAG 1.4.12) clip and overlap nothing', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/#verdict');
  await waitForHydration(page);
  await page.addStyleTag({
    content:
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  });
  await page.waitForTimeout(500);
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('.control, .graphic-caption, .step-card, .data-table, .masthead')) {
      const style = getComputedStyle(el);
      const clips = style.overflow !== 'visible' || style.overflowX !== 'visible';
      if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) out.push(`clipped: ${el.className}`);
    }
    for (const card of document.querySelectorAll('.step-card')) {
      const blocks = Array.from(card.children)
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.height > 0);
      blocks.slice(1).forEach((r, i) => {
        if (r.top < blocks[i]!.bottom - 1) out.push(`overlap in ${card.parentElement?.id}`);
      });
    }
    const caption = document.querySelector('.scrolly-graphic .graphic-caption')!.getBoundingClientRect();
    const canvas = document.querySelector('.scrolly-graphic .graphic-canvas')!.getBoundingClientRect();
    if (caption.bottom > canvas.top + 1) out.push('graphic caption overlaps the chart');
    return out;
  });
  expect(problems).toEqual([]);
});

test('tabbing through the whole page: every beat and control reached, focus never hidden by the graphic', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await waitForHydration(page);
  const activeBeats = new Set<string>();
  const reached = new Set<string>();
  const hidden: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const inset = 2;
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
      const visible = points.some(([x, y]) => {
        const top = document.elementsFromPoint(x!, y!)[0];
        return top !== undefined && (top === el || el.contains(top) || top.contains(el));
      });
      const kind = el.matches('.skip-link')
        ? 'skip link'
        : el.matches('.tl')
          ? 'timeline'
          : el.matches('.reading-controls *')
            ? `control: ${el.textContent}`
            : el.matches('.beat-nav button')
              ? 'beat nav'
              : el.tagName;
      return {
        kind,
        visible,
        label: `${el.tagName} ${el.textContent?.slice(0, 40)}`,
        active: document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? '',
      };
    });
    if (!info) break;
    reached.add(info.kind);
    activeBeats.add(info.active);
    if (!info.visible) hidden.push(info.label);
  }
  expect(hidden).toEqual([]);
  expect([...activeBeats].sort()).toEqual([...BEAT_IDS].sort());
  for (const kind of ['skip link', 'timeline', 'beat nav', 'control: Read without scrolling effects', 'control: Reduce motion', 'A']) {
    expect([...reached], kind).toContain(kind);
  }
});

test('the next button moves to the next beat and its graphic', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page
    .locator('#intro')
    .getByRole('button', { name: /Next: The 2003 ban/ })
    .click();
  await expectActive(page, 'ban-2003');
  await expect(page.locator('#ban-2003-heading')).toBeFocused();
});

test('the timeline is one tab stop: arrows, Home and End move between events, Escape hides the details', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/#memorial-liquidated');
  await waitForHydration(page);
  await expectActive(page, 'memorial-liquidated');
  const timeline = page.locator('.scrolly-graphic .tl');
  await timeline.focus();
  // Focusing the pinned graphic must not scroll the story back to another beat.
  await page.waitForTimeout(200);
  await expectActive(page, 'memorial-liquidated');
  const details = page.locator('.scrolly-graphic .tl-details');
  await expect(details).toContainText('28 December 2021');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowRight');
  await expect(details).toContainText('29 December 2021');
  // The beat's window ends with its last event: the Human Rights Centre's ruling upheld.
  await page.keyboard.press('End');
  await expect(details).toContainText('5 April 2022');
  await page.keyboard.press('Home');
  await expect(details).toContainText('December 2021');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  // The timeline lists the events in view as <time> elements for assistive technology.
  await expect(timeline.locator('ol time[datetime="2022-02-24"]')).toHaveCount(1);
});

test('with focus on the page, arrow keys and Space scroll it natively', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('h1').click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
});

test('one polite live region announces each new beat’s short title, once', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const region = document.querySelector('.story-announcer')!;
    (window as unknown as { said: string[] }).said = [];
    new MutationObserver(() => (window as unknown as { said: string[] }).said.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  for (const id of ['ban-2003', 'memorial-liquidated', 'detained']) {
    await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
    await expectActive(page, id);
  }
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
  expect(said).toEqual(['The 2003 ban', 'Memorial ordered shut', 'Detained']);
  expect(await page.locator('[aria-live]:not(.tl [aria-live])').count()).toBe(1);
});

test('a link to a beat opens on it in silence; the reader’s first move is announced', async ({ page }) => {
  await page.goto('/#verdict');
  await waitForHydration(page);
  await expectActive(page, 'verdict');
  await page.waitForTimeout(300);
  await expect(page.locator('.story-announcer')).toHaveText('');
  await page.evaluate(() => document.getElementById('appeal')!.scrollIntoView({ block: 'start' }));
  await expectActive(page, 'appeal');
  await expect(page.locator('.story-announcer')).toHaveText('The appeal');
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no transform animation runs during a full scroll', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    // Let the chart take its measured size first: that one re-layout after hydration is not motion.
    await page.waitForTimeout(300);
    for (const id of BEAT_IDS) {
      await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
      await expectActive(page, id);
      await nextFrames(page);
      const sample = () =>
        page.locator('.scrolly-graphic g[data-event]').evaluateAll((marks) => marks.map((m) => getComputedStyle(m).transform).join('|'));
      const first = await sample();
      await page.waitForTimeout(120);
      expect(await sample(), id).toBe(first);
      expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length), id).toBe(0);
    }
  });
});

test('the page’s own Reduce motion button stops animation too', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Reduce motion' }).click();
  await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
  const mark = page.locator('.scrolly-graphic g[data-event="hizb-ban"]');
  await page.evaluate(() => document.getElementById('ban-2003')!.scrollIntoView({ block: 'start' }));
  await expectActive(page, 'ban-2003');
  await nextFrames(page);
  const first = await mark.evaluate((m) => getComputedStyle(m).transform);
  await page.waitForTimeout(150);
  expect(await mark.evaluate((m) => getComputedStyle(m).transform)).toBe(first);
});

test('before any scroll, the accessibility tree holds every beat’s text and the key numbers', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const tree = await page.locator('body').ariaSnapshot();
  for (const heading of await page.locator('section.step h2').allTextContents()) expect(tree).toContain(heading);
  for (const fact of [
    '21 years',
    '14 years',
    '13 years 9 months',
    '24 February 2022',
    '23 May 2023',
    'Prosecutors had asked for 21 years',
  ]) {
    expect(tree, fact).toContain(fact);
  }
  expect((await activeState(page)).current).toEqual(['intro']);
});

test('every Russian word is marked lang="ru"', async ({ page }) => {
  await page.goto('/?mode=article');
  await waitForHydration(page);
  const unmarked = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A code listing (the republish panel's HTML) is markup to copy, not prose to read: its Russian words are marked inside it.
      if (node.parentElement?.closest('code')) continue;
      if (/[\u0400-\u04FF]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang="ru"]')) out.push(node.textContent!.trim());
    }
    return out;
  });
  expect(unmarked).toEqual([]);
});
