import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { lesson } from '../../src/story/lesson';
import { lessonCopy } from '../../src/story/lessonCopy';
import { BEAT_IDS, collectErrors, waitForHydration } from './helpers';

/**
 * No blank or near-blank page: every page but the last carries a page's worth of text. The last may
 * hold only the end of a table, which is how a document ends, not a stray page break.
 */
function expectNoEmptyPage(pages: string[]) {
  for (const [n, text] of pages.entries()) {
    const least = n === pages.length - 1 ? 0 : 200;
    expect(text.trim().length, `page ${n + 1} of ${pages.length}`).toBeGreaterThan(least);
  }
}

const SECTION_HEADINGS = Object.values(lessonCopy.headings);
const OFFLINE_FILE = resolve('dist/khamroyev-explainer.html');

/** Every element the page lays out as sticky or fixed, by tag and class. */
const stuckElements = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && getComputedStyle(el).display !== 'none')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

/** Text compared across HTML and PDF: pdf.js reads ’ as ʼ and breaks lines anywhere, so both go. */
const comparable = (text: string) => text.replace(/[’ʼ']/g, '').replace(/\s+/g, '');

/** The text of each page of a PDF, in order. */
async function pdfPages(data: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

test('the teacher kit shows every section, and the article footer and presenter help link to it', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.locator('.site-footer a[href="?mode=lesson"]').click();
  await expect(page.locator('h1')).toHaveText(lesson.title);
  for (const heading of SECTION_HEADINGS) await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  await expect(page.locator('.lesson-phase')).toHaveCount(4);
  await expect(page.locator('.lesson-vocabulary dt')).toHaveCount(lesson.vocabulary.length);
  await expect(page.locator('.lesson-questions > li')).toHaveCount(lesson.questions.length);
  // The handout is the story itself, every beat with its own graphic.
  for (const id of BEAT_IDS) await expect(page.locator(`.lesson-handout #${id}`)).toHaveCount(1);

  await page.goto('/?mode=present');
  await waitForHydration(page);
  await page.keyboard.press('?');
  await page.locator('.present-overlay a[href="?mode=lesson"]').click();
  await expect(page.locator('h1')).toHaveText(lesson.title);
});

test('the kit’s plan opens presenter mode on the beat it names', async ({ page }) => {
  await page.goto('/?mode=lesson');
  await waitForHydration(page);
  await page.locator('.lesson-beats a[href="?mode=present#verdict"]').first().click();
  await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'verdict');
});

test('the kit offers the offline file, and the file is served whole', async ({ page, request }) => {
  await page.goto('/?mode=lesson');
  await waitForHydration(page);
  const link = page.getByRole('link', { name: lessonCopy.actions.download });
  await expect(link).toHaveAttribute('download', 'khamroyev-explainer.html');
  const response = await request.get(`/${await link.getAttribute('href')}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<script type="module">');
  // Outside the inline code (whose strings include the embed snippets readers copy), nothing external.
  const markup = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
  expect(markup).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"[^>]+href="(?!data:)/);
});

test.describe('print', () => {
  test('the article prints every beat with its chart and table, and nothing sticks', async ({ page }) => {
    await page.goto('/#verdict');
    await waitForHydration(page);
    await page.emulateMedia({ media: 'print' });
    // The article swaps its one sticky graphic for a graphic under every beat.
    await expect(page.locator('.graphic-panel--inline')).toHaveCount(BEAT_IDS.length - 1);
    await expect(page.locator('.scrolly-graphic')).toHaveCount(0);
    for (const id of BEAT_IDS) await expect(page.locator(`#${id} h2`)).toBeVisible();
    expect(await stuckElements(page)).toEqual([]);
    // The tables behind the "numbers" toggles print open, and source addresses are written out.
    await expect(page.locator('.graphic-numbers table').first()).toBeVisible();
    const printedUrl = await page
      .locator('.source-list a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printedUrl).toContain('https://');
    await expect(page.locator('.reading-controls, .beat-nav, .embed-code').first()).toBeHidden();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.locator('#verdict').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/print-article-verdict.png' });

    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.scrolly-graphic')).toHaveCount(1);
  });

  test('the article prints to PDF with every beat and no empty page', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.graphic-panel--inline')).toHaveCount(BEAT_IDS.length - 1);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    const all = comparable(pages.join(' '));
    for (const heading of await page.locator('section.step h2').allTextContents()) expect(all, heading).toContain(comparable(heading));
    expectNoEmptyPage(pages);
  });

  test('the teacher kit prints to PDF with every section, the whole story and its sources, and no empty page', async ({ page }) => {
    await page.goto('/?mode=lesson');
    await waitForHydration(page);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    const all = pages.join(' ');
    for (const heading of SECTION_HEADINGS) expect(all, heading).toContain(heading);
    for (const term of lesson.vocabulary) expect(all, term.term).toContain(term.term);
    for (const question of lesson.questions) expect(all).toContain(question.question.slice(0, 40));
    expect(all).toContain('21 years asked, 14 imposed');
    // Long addresses wrap anywhere on paper, so compare them without the line breaks.
    expect(all.replace(/\s/g, '')).toContain('<https://www.themoscowtimes.com/2023/05/24/');
    expectNoEmptyPage(pages);
  });

  test('screenshots of the printed handout’s first pages', async ({ page }) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    // An A4 page's printable width at 96 dpi, between the print stylesheet's margins.
    await page.setViewportSize({ width: 680, height: 962 });
    await page.goto('/?mode=lesson');
    await waitForHydration(page);
    await page.emulateMedia({ media: 'print' });
    for (const [name, selector] of [
      ['kit', 'body'],
      ['handout', '.lesson-handout'],
    ] as const) {
      const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      for (const n of [0, 1]) {
        await page.screenshot({
          path: `test-results/screenshots/print-${name}-${n + 1}.png`,
          fullPage: true,
          clip: { x: 0, y: top + n * 962, width: 680, height: 962 },
        });
      }
    }
  });
});

test.describe('the offline file', () => {
  test('opens from disk with all network blocked: story, presenter mode and kit, no errors', async ({ page, context }) => {
    expect(readFileSync(OFFLINE_FILE, 'utf8').length, 'npm test builds it').toBeGreaterThan(0);
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith('file:') ? route.continue() : route.abort();
    });
    const errors = collectErrors(page);
    const url = pathToFileURL(OFFLINE_FILE).href;

    await page.goto(url);
    await waitForHydration(page);
    await expect(page.locator('h1')).toContainText('A terrorism case over Facebook posts');
    await expect(page.locator('.scrolly-graphic svg').first()).toBeVisible();
    // The licence and our record of updates are in the file too; the newsroom tools are not.
    await expect(page.locator('.site-footer-licence a[rel="license"]')).toHaveText('CC BY-NC-ND 4.0');
    await expect(page.locator('#updates li').first()).toBeAttached();
    await expect(page.locator('#embed, #republish')).toHaveCount(0);

    await page.goto(`${url}?mode=present`);
    await waitForHydration(page);
    await expect(page.locator('.present-counter')).toHaveText(`1 / ${BEAT_IDS.length}`);
    await page.keyboard.press('PageDown');
    await expect(page.locator('.present-counter')).toHaveText(`2 / ${BEAT_IDS.length}`);
    await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', BEAT_IDS[1]);

    await page.goto(`${url}?mode=lesson`);
    await waitForHydration(page);
    await expect(page.locator('h1')).toHaveText(lesson.title);
    // The file does not offer to download itself; it says it works offline instead.
    await expect(page.getByRole('link', { name: lessonCopy.actions.download })).toHaveCount(0);
    await expect(page.getByText(lessonCopy.actions.offlineNote)).toBeVisible();

    expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
