import { expect, test, type Page } from '@playwright/test';
import { layoutShiftTotal, openAsReturningReader, recordLayoutShifts, waitForHydration } from './helpers';

// The web faces are cut to the Latin glyphs the project shows (npm run fonts); Russian words are set
// in the fallback serif (scripts/fontCharacters.mjs says why). They join a view only from its first
// paint (src/lib/webFaces.ts): a reader's first view is set in the metric-matched fallbacks, and
// later views in the faces, from the cache.

/** The faces (first family and weight) that set the words on the first screen. */
function firstScreenFaces(page: Page) {
  return page.evaluate(() => {
    const used = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode;
      const element = text.parentElement;
      if (!element || !text.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
      const style = getComputedStyle(element);
      used.add(`${style.fontFamily.split(',')[0]!.replace(/"/g, '').trim()} ${style.fontWeight}`);
    }
    return [...used].sort();
  });
}

test('a first view fetches no font before it paints and is set in the fallbacks; it then caches the faces', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  expect(await firstScreenFaces(page)).toEqual([
    'Source Sans Fallback 400',
    'Source Sans Fallback 600',
    'Source Serif Fallback 400',
    'Source Serif Fallback 700',
  ]);
  // No font file before the first paint: the faces are fetched once the app has started.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
        const fonts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2'));
        return fonts.length > 0 && fonts.every((entry) => entry.startTime > paint);
      }),
    )
    .toBe(true);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('khamroyev-explainer:web-faces:en'))).toBe('1');
  // Cached, not applied: this view stays in the faces it first painted in.
  expect(await page.locator('html').getAttribute('data-web-faces')).toBeNull();
});

test('a returning reader’s view is set in the four faces from its first paint, moving nothing', async ({ page }) => {
  await recordLayoutShifts(page);
  await openAsReturningReader(page, '/');
  expect(await page.locator('html').getAttribute('data-web-faces')).toBe('');
  await page.evaluate(() => document.fonts.ready);
  expect(await firstScreenFaces(page)).toEqual(['Source Sans 3 400', 'Source Sans 3 600', 'Source Serif 4 400', 'Source Serif 4 700']);
  const shift = await layoutShiftTotal(page);
  expect(shift, 'layout shift on a view set in the cached faces').toBeLessThan(0.01);
});

test('only the subset Latin files load, and a Russian name falls through to the fallback serif', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  await openAsReturningReader(page, '/#intro');
  await waitForHydration(page);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('#intro [lang="ru"]').first()).toHaveText('Бахром Хамроев');
  // What Chromium drew the name with: the space from the web face, the 13 Cyrillic letters from a
  // system serif, none of them missing.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#intro [lang="ru"]' });
  const { fonts: drawnWith } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(drawnWith.filter((font) => !font.isCustomFont).reduce((sum, font) => sum + font.glyphCount, 0)).toBe(13);
  expect(drawnWith.filter((font) => font.isCustomFont).map((font) => font.familyName)).toEqual(['Source Serif 4']);
  // Only the subset files, each named for its face: none of @fontsource's whole files, no Cyrillic file.
  expect(fonts.length).toBeGreaterThan(0);
  for (const file of fonts) {
    expect(file).toMatch(/^source-(serif-4|sans-3)-latin-\d00-[\w-]+\.woff2$/);
    expect(file, '@fontsource’s whole files are named …-normal').not.toContain('-normal');
  }
});
