import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { translatedEdition } from '../../scripts/build/editionModules';
import { EDITIONS } from '../../src/story/editions';
import { translations } from '../../src/story/locales';
import {
  BEAT_IDS,
  collectErrors,
  expectActive,
  layoutShiftTotal,
  openAsReturningReader,
  recordLayoutShifts,
  scrollAtRest,
  waitForHydration,
  wheelThroughStory,
} from './helpers';

/**
 * The translated editions, in what can differ by language: their pages and addresses, the scroll
 * through every beat, deep links, the language switch, every mode, accessibility, the offline file
 * and the security policy. The full matrix of browsers, sizes and hosts runs on the English edition.
 */
const translated = translations.map((translation) => {
  const link = EDITIONS.find((edition) => edition.lang === translation.lang);
  if (!link) throw new Error(`No published edition for ${translation.lang}`);
  return { ...translatedEdition(translation), link, path: `/${link.dir}/` };
});

const CSP_ORIGIN = 'http://127.0.0.1:4175';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Elements whose text is cut off: wider or taller than their box with overflow hidden, or past the viewport's right edge. */
function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(
      `${within} :is(h1, h2, h3, p, li, dt, dd, a, button, td, th, figcaption)`,
    )) {
      const rect = element.getBoundingClientRect();
      // Not laid out, or hidden for screen readers only (clipped to a pixel on purpose).
      if (rect.width <= 1 || rect.height <= 1 || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const hides = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
      const overflows = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      if ((hides && overflows) || rect.right > window.innerWidth + 1)
        found.push(`${element.tagName} “${element.textContent?.slice(0, 40)}”`);
    }
    return found;
  }, selector);
}

test('no page redirects a reader by their browser’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9,uz;q=0.8' } });
  const page = await context.newPage();
  await page.goto('/');
  await waitForHydration(page);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('the language switch keeps the reader’s beat and mode, both ways', async ({ page }) => {
  const [russian] = translated;
  await page.goto('/#verdict');
  await waitForHydration(page);
  await expectActive(page, 'verdict');
  await page.getByRole('navigation', { name: 'Read this story in' }).getByRole('link', { name: russian!.link.name }).click();
  await page.waitForURL(`**${russian!.path}#verdict`);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', russian!.core.lang);
  await expectActive(page, 'verdict');

  // With no beat in the address, the one the reader is on: reached from the keyboard, the page kept still.
  await page.goto('/');
  await waitForHydration(page);
  await page.evaluate(() => document.getElementById('appeal')!.scrollIntoView({ block: 'start' }));
  await expectActive(page, 'appeal');
  await page.evaluate((name) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.edition-switch a')].find((a) => a.textContent === name)!;
    link.focus({ preventScroll: true });
  }, russian!.link.name);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${russian!.path}#appeal`);

  await page.goto(`${russian!.path}?mode=article#appeal`);
  await waitForHydration(page);
  await page.getByRole('navigation', { name: russian!.core.ui.languagesLabel }).getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/?mode=article#appeal');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const edition of translated) {
  const { lang, meta, ui, beats } = edition.core;
  const path = edition.path;

  test.describe(`the ${lang} edition`, () => {
    test('is a page of its own: language, title, alternates, and the note that it is a translation', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(meta.pageTitle);
      await expect(page.locator('h1')).toHaveText(meta.headline);
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]),
      );
      expect(alternates).toEqual([...EDITIONS.map((e) => [e.lang, e.dir ? `/${e.dir}/` : '/']), ['x-default', '/']]);
      const note = page.locator('.translation-note');
      await expect(note).toContainText(ui.translationNote.split('{date}')[0]!.trim());
      await expect(note.getByRole('link', { name: ui.readOriginal })).toHaveAttribute('hreflang', 'en');
      await expect(page.getByRole('navigation', { name: ui.languagesLabel }).locator('[aria-current="page"]')).toHaveText(
        edition.link.name,
      );
      // Its beats, in its words.
      for (const beat of beats) await expect(page.locator(`#${beat.id}-heading`)).toHaveText(beat.heading);
      expect(errors).toEqual([]);
    });

    test('the mouse wheel visits every beat in order on a phone, no text clipped', async ({ page }) => {
      const errors = collectErrors(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(path);
      await waitForHydration(page);
      expect(await clippedText(page, '.article')).toEqual([]);
      expect(await wheelThroughStory(page)).toEqual([...BEAT_IDS]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(errors).toEqual([]);
    });

    test('deep links open their beat: #verdict and ?step=appeal', async ({ page }) => {
      await page.goto(`${path}#verdict`);
      await waitForHydration(page);
      await expectActive(page, 'verdict');
      await page.goto(`${path}?step=appeal`);
      await waitForHydration(page);
      await expectActive(page, 'appeal');
    });

    test('embed: the story in a frame, and the embed code names this edition’s address', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${path}?mode=embed`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'embed');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.goto(path);
      await waitForHydration(page);
      const code = page.locator('#embed');
      await code.scrollIntoViewIfNeeded();
      await expect(code.locator('textarea, pre, code').first()).toContainText(new URL(path, page.url()).href);
      expect(errors).toEqual([]);
    });

    test('presenter at 1920x1080: keys, blackout, help, the notes window in sync, no text clipped on any slide', async ({
      page,
      context,
    }) => {
      const errors = collectErrors(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${path}?mode=present#detained`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
      const slide = () => page.locator('.present').getAttribute('data-active-step');
      await expect(page.locator('.present-slide[data-current] h1')).toHaveText(beats.find((b) => b.id === 'detained')!.heading);
      await page.keyboard.press('ArrowRight');
      await expect.poll(slide).toBe('posts');
      await page.keyboard.press('b');
      await expect(page.locator('.present-blackout')).toBeVisible();
      await page.keyboard.press('b');
      await expect(page.locator('.present-blackout')).toHaveCount(0);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await clippedText(page, '.present-overlay')).toEqual([]);
      await page.keyboard.press('Escape');

      const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      await notes.waitForFunction(() => document.documentElement?.dataset.hydrated === 'notes');
      await expect(notes.locator('html')).toHaveAttribute('lang', lang);
      await expect(notes.locator('.notes')).toHaveAttribute('data-active-step', 'posts');
      await page.keyboard.press('ArrowRight');
      await expect(notes.locator('.notes')).toHaveAttribute('data-active-step', 'new-charge');
      await notes.keyboard.press('p');
      await expect.poll(slide).toBe('posts');
      await notes.close();

      await page.keyboard.press('Home');
      for (let i = 0; i < 40; i += 1) {
        await scrollAtRest(page);
        expect(await clippedText(page, '.present-slide[data-current]'), `slide ${await slide()}`).toEqual([]);
        // A slide whose text outgrows the window scrolls inside itself: scrolled to its end, the last line is above the bar.
        const overflow = await page.evaluate(() => {
          const current = document.querySelector<HTMLElement>('.present-slide[data-current]')!;
          current.scrollTop = current.scrollHeight;
          const bar = document.querySelector('.present-bar')!.getBoundingClientRect();
          const below =
            Math.max(...[...current.querySelectorAll('.present-text :is(h1, p)')].map((el) => el.getBoundingClientRect().bottom)) - bar.top;
          current.scrollTop = 0;
          return below;
        });
        expect(overflow, `slide ${await slide()}: its text runs under the bar`).toBeLessThanOrEqual(0);
        if ((await slide()) === BEAT_IDS.at(-1)) break;
        await page.keyboard.press('ArrowRight');
      }
      expect(await slide()).toBe(BEAT_IDS.at(-1));
      expect(errors).toEqual([]);
    });

    test('the teacher kit, in its words, and print: every beat', async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`${path}?mode=lesson`);
      await waitForHydration(page);
      await expect(page.locator('h1')).toHaveText(edition.kit.lesson.title);
      expect(await clippedText(page, 'body')).toEqual([]);
      await page.goto(path);
      await waitForHydration(page);
      await page.emulateMedia({ media: 'print' });
      for (const id of BEAT_IDS) await expect(page.locator(`#${id}`)).toBeVisible();
      expect(errors).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe, ${colorScheme}: first load, the verdict, the kit`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await waitForHydration(page);
        expect(await axeViolations(page)).toEqual([]);
        await page.evaluate(() => document.getElementById('verdict')!.scrollIntoView({ block: 'start' }));
        await expectActive(page, 'verdict');
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${path}?mode=lesson`);
        await waitForHydration(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('screenshots for review: the first screen, the verdict and the corrections, phone and desktop', async ({ page }, testInfo) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      for (const viewport of [
        { width: 375, height: 812 },
        { width: 1440, height: 900 },
      ]) {
        await page.setViewportSize(viewport);
        for (const id of ['', 'verdict', 'corrections']) {
          await page.goto(`${path}${id ? `#${id}` : ''}`);
          await waitForHydration(page);
          if (id) await expectActive(page, id);
          await page.waitForTimeout(800);
          const file = `test-results/screenshots/${lang}-${viewport.width}x${viewport.height}-${id || 'top'}.png`;
          await page.screenshot({ path: file });
          await testInfo.attach(`${viewport.width}x${viewport.height} ${id || 'top'}`, { path: file, contentType: 'image/png' });
        }
      }
      if (lang !== 'ru') return;
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${path}?mode=present#verdict`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
      for (let i = 0; i < 2; i += 1) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      const file = `test-results/screenshots/${lang}-present-1920x1080-verdict.png`;
      await page.screenshot({ path: file });
      await testInfo.attach('presenter 1920x1080', { path: file, contentType: 'image/png' });
    });

    test('under the Content Security Policy: every beat and the presenter, no violation, no request to another host', async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const elsewhere: string[] = [];
      page.context().on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) elsewhere.push(request.url());
      });
      const errors = collectErrors(page);
      await page.goto(`${CSP_ORIGIN}${path}`);
      await waitForHydration(page);
      for (const id of BEAT_IDS) {
        await page.evaluate((beat) => document.getElementById(beat)!.scrollIntoView({ block: 'start' }), id);
        await expectActive(page, id);
      }
      await page.goto(`${CSP_ORIGIN}${path}?mode=present`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

test('the Russian edition’s Cyrillic faces: never fetched by the English edition, cached after the Russian one paints, used from a later view’s first paint', async ({
  page,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fontRequests.push(request.url());
  });
  await openAsReturningReader(page, '/');
  await waitForHydration(page);
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests.filter((url) => url.includes('-cyrillic-'))).toEqual([]);
  await recordLayoutShifts(page);
  await page.goto('/ru/');
  // The English edition's faces are cached, the Russian edition's not yet: its first view is in the fallbacks.
  expect(await page.locator('html').getAttribute('data-web-faces')).toBeNull();
  // Fetched, but not before the first screen has painted.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const cyrillic = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('-cyrillic-'));
        return paint !== undefined && cyrillic.length > 0 && cyrillic.every((entry) => entry.startTime > paint);
      }),
    )
    .toBe(true);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('khamroyev-explainer:web-faces:ru')), { timeout: 15_000 }).toBe('1');
  await page.goto('/ru/');
  expect(await page.locator('html').getAttribute('data-web-faces')).toBe('');
  await page.evaluate(() => document.fonts.ready);
  const loaded = () => page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family));
  await expect.poll(loaded).toContain('Source Serif 4 Cyrillic');
  await expect.poll(loaded).toContain('Source Sans 3 Cyrillic');
  const shift = await layoutShiftTotal(page);
  expect(shift, 'layout shift on a view set in the cached Cyrillic faces').toBeLessThan(0.01);
});

test('the Russian offline file opens from disk with all network blocked: story, presenter and kit in Russian', async ({
  page,
  context,
}) => {
  const [russian] = translated;
  const file = resolve(`dist/${russian!.link.dir}/khamroyev-explainer-${russian!.link.dir}.html`);
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url().startsWith('file:') ? route.continue() : route.abort();
  });
  const errors = collectErrors(page);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1')).toHaveText(russian!.core.meta.headline);
  await page.goto(`${url}?mode=present`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'present');
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', BEAT_IDS[1]!);
  await page.goto(`${url}?mode=lesson`);
  await waitForHydration(page);
  await expect(page.locator('h1')).toHaveText(russian!.kit.lesson.title);
  expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a browser without Uzbek in its Intl writes the Uzbek edition’s dates as the build’s Intl does, also where nothing was prerendered', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const uzbek = translated.find((edition) => edition.core.lang === 'uz-Latn')!;
  const long = new Intl.DateTimeFormat('uz-Latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const expected = long.format(new Date(Date.UTC(2022, 1, 24)));
  // This Chromium's own Intl has no Uzbek: it would write the root locale's form.
  const browsers = await page.evaluate(() =>
    new Intl.DateTimeFormat('uz-Latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2022, 1, 24)),
  );
  await page.goto(`${uzbek.path}?mode=article`);
  await waitForHydration(page);
  await expect(page.locator('#timeline-table')).toContainText(expected);
  if (browsers !== expected) await expect(page.locator('body')).not.toContainText(browsers);
  expect(errors).toEqual([]);
});
