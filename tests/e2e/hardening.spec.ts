import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { BEAT_IDS, collectErrors, expectActive, waitForHydration } from './helpers';

/** The build served with dist/_headers, Content Security Policy included (tests/e2e/cspServer.mjs). */
const CSP_ORIGIN = 'http://127.0.0.1:4175';
const HOST = 'http://localhost:4174';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Records CSP violations (as the page sees them) and every request to a host other than the local test servers. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; thirdParty: string[]; errors: string[] }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const thirdParty: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) thirdParty.push(request.url());
  });
  const errors = collectErrors(page);
  return { violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), thirdParty, errors };
}

test.describe('under the Content Security Policy of dist/_headers', () => {
  test('a full scroll through every beat: no violation, no error, no third-party request', async ({ page }) => {
    const watched = await watch(page);
    const response = await page.goto(`${CSP_ORIGIN}/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self' https:");
    // The page's inline stylesheet is allowed by its hash alone, and it applies.
    expect(headers['content-security-policy']).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.kicker')!).textTransform)).toBe('uppercase');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    await waitForHydration(page);
    for (const id of BEAT_IDS) {
      await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
      await expectActive(page, id);
    }
    await page.getByRole('button', { name: 'Reduce motion' }).click();
    await page.waitForTimeout(800);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.thirdParty).toEqual([]);
  });

  test('the page of sources and data: styled, no violation, no error, no third-party request', async ({ page }) => {
    const watched = await watch(page);
    await page.goto(`${CSP_ORIGIN}/ru/sources-and-data/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.kicker')!).textTransform)).toBe('uppercase');
    await expect(page.locator('.source-list li').first()).toBeVisible();
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.thirdParty).toEqual([]);
  });

  for (const mode of ['present', 'embed', 'lesson', 'article', 'notes', 'card']) {
    test(`?mode=${mode}: no violation, no error, no third-party request`, async ({ page }) => {
      const watched = await watch(page);
      await page.goto(`${CSP_ORIGIN}/?mode=${mode}`);
      await waitForHydration(page);
      if (mode === 'present') {
        for (let i = 0; i < BEAT_IDS.length + 2; i++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('?');
        await page.keyboard.press('Escape');
      }
      await page.waitForTimeout(800);
      expect(await watched.violations()).toEqual([]);
      expect(watched.errors).toEqual([]);
      expect(watched.thirdParty).toEqual([]);
    });
  }
});

test.describe('under the policy, framed', () => {
  test('sandboxed to scripts only: the story hydrates under the real headers, with no violation or error', async ({ page }) => {
    const watched = await watch(page);
    await page.goto(`${CSP_ORIGIN}/test-hosts/sandboxed.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await (await page.waitForSelector('iframe')).contentFrame())!;
    // Hydrating at all proves the module scripts, the stylesheet and the fonts loaded in CORS mode
    // (Access-Control-Allow-Origin on /assets/* and /boot.js in _headers).
    await frame.waitForFunction(() => document.documentElement?.dataset.hydrated === 'embed');
    expect(await frame.evaluate(() => window.origin), 'the frame has an opaque origin').toBe('null');
    await expect(page.frameLocator('iframe').locator('.embed')).toHaveAttribute('data-host-mode', 'stacked');
    await expect(page.frameLocator('iframe').locator('section.step')).toHaveCount(BEAT_IDS.length);
    await page.waitForTimeout(800);
    const frameViolations = await frame.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['no listener in the frame'],
    );
    expect(frameViolations).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.thirdParty).toEqual([]);
  });
});

test.describe('locked-down browsers', () => {
  test('with storage and BroadcastChannel unavailable, the story, its controls and presenter mode all work', async ({ page, context }) => {
    // What a strict privacy mode or a sandboxed document does: every storage API throws on access.
    await context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('Storage is disabled', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB'])
        Object.defineProperty(window, name, { get: deny, configurable: true });
      Object.defineProperty(window, 'BroadcastChannel', { get: deny, configurable: true });
    });
    const errors = collectErrors(page);
    await page.goto('/#verdict');
    await waitForHydration(page);
    await expectActive(page, 'verdict');
    await page.getByRole('button', { name: 'Reduce motion' }).click();
    await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/?mode=present');
    await waitForHydration(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-counter')).toHaveText(`2 / ${BEAT_IDS.length}`);
    const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    // A new window starts on about:blank: its document may be mid-replacement when first asked.
    await notes.waitForFunction(() => document.documentElement?.dataset.hydrated === 'notes');
    // Without BroadcastChannel the two windows keep in step through postMessage. The teacher
    // turns back to the slides' window, which the notes window took the focus from.
    await page.bringToFront();
    // Its document has the focus back before the key: a key pressed while the notes window still
    // holds it goes there.
    await page.waitForFunction(() => document.hasFocus());
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-counter')).toHaveText(`3 / ${BEAT_IDS.length}`);
    await expect(notes.locator('.notes')).toHaveAttribute('data-active-step', BEAT_IDS[2]!);
    expect(errors).toEqual([]);
  });

  test('in an iframe sandboxed to scripts only (opaque origin): every beat readable, no uncaught error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${HOST}/sandbox-strict.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('section.step')).toHaveCount(BEAT_IDS.length);
    for (const id of ['intro', 'verdict', 'sources']) await expect(frame.locator(`#${id} h2`)).toBeVisible();
    // It still runs: styled, hydrated and stacked (its assets are served with CORS, see public/_headers).
    await expect(frame.locator('html')).toHaveAttribute('data-hydrated', 'embed');
    await expect(frame.locator('.embed')).toHaveAttribute('data-host-mode', 'stacked');
    expect(errors).toEqual([]);
  });
});

test.describe('hostile URLs', () => {
  const HOSTILE = [
    '?mode=<img src=x onerror="window.pwned=1">',
    '?mode=present#<img src=x onerror="window.pwned=1">',
    '?mode=present#javascript:window.pwned=1',
    '?mode=embed&step=%3Csvg%20onload%3Dwindow.pwned%3D1%3E&childId=<b>x</b>',
    '?step=__proto__#constructor',
    `?mode=lesson#${'x'.repeat(5000)}`,
    '?mode=notes&mode=present#%E0%A4%A',
    '?mode=present#%F0%9F%92%A5\u202e',
  ];
  for (const suffix of HOSTILE) {
    test(`${suffix.slice(0, 60)}: no markup injected, no error, the page still reads`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/${suffix}`);
      await waitForHydration(page);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], svg[onload], b:text("x")').count()).toBe(0);
      await expect(page.locator('h1, h2').first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('failing resources', () => {
  test('with the stylesheet and the fonts blocked, the story still reads in order', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/\.(css|woff2)$/, (route) => route.abort());
    // The page's own stylesheet is inline: take it out of the page as it arrives.
    await page.route(/\/$/, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(/<style>[\s\S]+?<\/style>/);
      await route.fulfill({ response, body: html.replace(/<style>[\s\S]*?<\/style>/g, '') });
    });
    await page.goto('/');
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    await waitForHydration(page);
    const ids = await page.locator('section.step').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual([...BEAT_IDS]);
    for (const id of BEAT_IDS) await expect(page.locator(`#${id} h2`)).toBeVisible();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/matrix-no-css-no-fonts.png' });
    expect(errors).toEqual([]);
  });
});
