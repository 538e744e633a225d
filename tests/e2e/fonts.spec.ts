import { expect, test } from '@playwright/test';
import { waitForHydration } from './helpers';

// The web fonts are cut to the glyphs the project shows (npm run fonts): a Latin and a Cyrillic file
// per face, each fetched only when the page uses a character in its range.

test('the Russian names are set in the story’s own serif, from the subset Cyrillic file', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  await page.goto('/#intro');
  await waitForHydration(page);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('#intro [lang="ru"]').first()).toHaveText('Бахром Хамроев');
  // What Chromium drew the name's glyphs with: all of them from the web face, none from a fallback.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#intro [lang="ru"]' });
  const { fonts: drawnWith } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(drawnWith.map((font) => ({ family: font.familyName, custom: font.isCustomFont, glyphs: font.glyphCount }))).toEqual([
    { family: 'Source Serif 4', custom: true, glyphs: 'Бахром Хамроев'.length },
  ]);
  expect(fonts).toEqual(expect.arrayContaining([expect.stringMatching(/^source-serif-4-cyrillic-400-[\w-]+\.woff2$/)]));
  // Only the subset files: each named for its face and range, none of @fontsource's whole files.
  for (const file of fonts) {
    expect(file).toMatch(/^source-(serif-4|sans-3)-(latin|cyrillic)-\d00-[\w-]+\.woff2$/);
    expect(file, '@fontsource’s whole files are named …-normal').not.toContain('-normal');
  }
});

test('the first screen is set in the two preloaded faces and the two the first layout finds', async ({ page }) => {
  await page.goto('/');
  const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href.split('/').pop()));
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
