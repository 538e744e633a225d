import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

// The web fonts are cut to the Latin glyphs the project shows (npm run fonts); Russian words are set
// in the fallback serif (scripts/fontCharacters.mjs says why).

test('only the subset Latin files load, and a Russian name falls through to the fallback serif', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  await page.goto('/#intro');
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

test('the first screen is set in the two preloaded faces and the two the first layout finds', async ({ page }) => {
  await page.goto('/');
  const preloaded = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href.split('/').pop()));
  expect(preloaded).toEqual([expect.stringMatching(/^source-serif-4-latin-400-/), expect.stringMatching(/^source-sans-3-latin-400-/)]);
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => {
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
      used.add(`${style.fontFamily.split(',')[0]!.replace(/"/g, '')} ${style.fontWeight}`);
    }
    return [...used].sort();
  });
  // The faces scripts/firstPaintFaces.mjs describes; a new one on the first screen is a decision to make there.
  expect(faces).toEqual(['Source Sans 3 400', 'Source Sans 3 600', 'Source Serif 4 400', 'Source Serif 4 700']);
});
