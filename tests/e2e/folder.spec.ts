import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectActive, waitForHydration } from './helpers';

/**
 * The built site works from a newsroom's folder, as from a domain's root, with no rebuild: every
 * request succeeds, the web fonts apply, the page hydrates, in every mode, and the loader embeds it
 * from there (tests/e2e/folderServer.mjs serves dist/ under the folder).
 */
const SITE = 'http://127.0.0.1:4177/graphics/2026/khamroyev/';

/** Requests that failed or answered with an error, as the page made them. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
  });
  return failed;
}

for (const mode of ['', '?mode=article', '?mode=present', '?mode=notes', '?mode=lesson', '?mode=embed']) {
  test(`from a folder, ${mode || 'the scroll-driven article'}: no failed request, fonts applied, hydrated`, async ({ page }) => {
    const failed = failedRequests(page);
    const errors = collectErrors(page);
    await page.goto(`${SITE}${mode}`);
    await waitForHydration(page);
    // The body serif came from the site's own font file: used at once by a page drawn by script,
    // cached for the next view by the scroll story (src/lib/webFaces.ts).
    await expect
      .poll(() =>
        page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''))),
      )
      .toContain('Source Serif 4');
    expect(await page.locator('h1, h2').first().isVisible()).toBe(true);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('from a folder, a deep link opens its beat and the lazy parts arrive', async ({ page }) => {
  const failed = failedRequests(page);
  await page.goto(`${SITE}#corrections`);
  await waitForHydration(page);
  await expectActive(page, 'corrections');
  await expect(page.locator('.corrections-table')).toBeVisible();
  await page.locator('#sources').scrollIntoViewIfNeeded();
  await expect(page.locator('.source-list li').first()).toBeVisible();
  expect(failed).toEqual([]);
});

test('from a folder, the embed code and the kit’s download name the folder', async ({ page, request }) => {
  await page.goto(SITE);
  await waitForHydration(page);
  await page.locator('#embed').scrollIntoViewIfNeeded();
  const loaderCode = await page.locator('#embed pre').first().textContent();
  expect(loaderCode).toContain(`data-src="${SITE}?mode=embed"`);
  expect(loaderCode).toContain(`<script src="${SITE}embed.js" async></script>`);
  for (const code of await page.locator('#embed pre').allTextContents()) expect(code).not.toMatch(/127\.0\.0\.1:4177\/(?!graphics)/);
  await page.goto(`${SITE}?mode=lesson`);
  await waitForHydration(page);
  const download = await page.locator('a[download]').getAttribute('href');
  expect((await request.get(new URL(download!, `${SITE}?mode=lesson`).href)).status()).toBe(200);
});

test('from a folder, the loader embeds the story on another site', async ({ page }) => {
  const failed = failedRequests(page);
  await page.goto('http://localhost:4177/host/folder-loader.html');
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'embed');
  expect(frame.url()).toContain('/graphics/2026/khamroyev/?mode=embed');
  await expect(frame.locator('section.step').first()).toBeVisible();
  expect(failed).toEqual([]);
});
