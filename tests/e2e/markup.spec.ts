import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { BEAT_IDS, waitForHydration } from './helpers';

/**
 * Every mode as a reader meets it: each in-page link (`href="#…"`) lands on an element that is on
 * that page, and the rendered markup is valid HTML with ARIA used only where the role allows it.
 */

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** In-page links whose target is not in the document. */
function brokenInPageLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hrefs = Array.from(document.querySelectorAll('a[href^="#"]'), (a) => a.getAttribute('href') ?? '');
    return [...new Set(hrefs.filter((href) => href.length > 1 && !document.getElementById(decodeURIComponent(href.slice(1)))))];
  });
}

/**
 * Elements named with aria-label or aria-labelledby whose role forbids a name (ARIA 1.2: generic,
 * paragraph, code, emphasis, strong and the like). html-validate knows the rule for aria-label only.
 */
function prohibitedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const unnamedTags = new Set([
      'DIV',
      'SPAN',
      'PRE',
      'P',
      'CODE',
      'EM',
      'STRONG',
      'B',
      'I',
      'S',
      'U',
      'SMALL',
      'DEL',
      'INS',
      'SUB',
      'SUP',
      'CAPTION',
      'DATA',
      'TIME',
      'BDI',
      'BDO',
      'Q',
    ]);
    return Array.from(document.querySelectorAll('[aria-label], [aria-labelledby]'))
      .filter((el) => !el.hasAttribute('role') && unnamedTags.has(el.tagName))
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''} class="${el.getAttribute('class') ?? ''}">`);
  });
}

async function markupProblems(page: Page): Promise<string[]> {
  // The parts the browser renders after the story (the timeline's table, the list of sources) come
  // a moment after it hydrates: the links into them resolve once they are there.
  await expect.poll(() => brokenInPageLinks(page)).toEqual([]);
  const report = await validator.validateString(await page.content());
  const invalid = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`));
  const broken = (await brokenInPageLinks(page)).map((href) => `in-page link to a missing target: ${href}`);
  const named = (await prohibitedNames(page)).map((el) => `a name on an element whose role allows none: ${el}`);
  return [...broken, ...invalid, ...named];
}

const PAGES = [
  ['the scroll-driven article', '/'],
  ['article mode', '/?mode=article'],
  ['the embed', '/?mode=embed'],
  ['the notes window', '/?mode=notes'],
  ['the teacher kit', '/?mode=lesson'],
] as const;

for (const [name, path] of PAGES) {
  test(`${name}: in-page links resolve and the markup is valid`, async ({ page }) => {
    await page.goto(path);
    await waitForHydration(page);
    expect(await markupProblems(page)).toEqual([]);
  });
}

test('print: in-page links resolve and the markup is valid', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.graphic-panel--inline')).toHaveCount(BEAT_IDS.length - 1);
  // On paper: the licence and the record of updates, not the newsroom tools.
  await expect(page.locator('.site-footer-licence')).toBeVisible();
  await expect(page.locator('#updates')).toBeVisible();
  await expect(page.locator('#republish')).toBeHidden();
  expect(await markupProblems(page)).toEqual([]);
});

test('presenter mode: on every slide, every reveal step and every overlay, links resolve and the markup is valid', async ({ page }) => {
  await page.goto('/?mode=present');
  await waitForHydration(page);
  const problems = new Set<string>();
  const check = async (where: string) => {
    for (const problem of await markupProblems(page)) problems.add(`${where}: ${problem}`);
  };
  for (const overlay of ['?', 'o']) {
    await page.keyboard.press(overlay);
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(`overlay ${overlay}`);
    await page.keyboard.press('Escape');
  }
  // Next walks every slide and, on the verdict, each press of its reveal.
  let steps = 0;
  while (steps++ < BEAT_IDS.length + 4) {
    await check(`${await page.locator('[data-active-step]').getAttribute('data-active-step')} (step ${steps})`);
    if ((await page.locator('.present-counter').textContent()) === `${BEAT_IDS.length} / ${BEAT_IDS.length}`) break;
    await page.keyboard.press('ArrowRight');
  }
  expect([...problems]).toEqual([]);
});

test('the offline file: in every mode, links resolve and the markup is valid', async ({ page }) => {
  const url = pathToFileURL(resolve('dist/khamroyev-explainer.html')).href;
  for (const query of ['', '?mode=article', '?mode=present', '?mode=lesson']) {
    await page.goto(`${url}${query}`);
    await waitForHydration(page);
    expect(await markupProblems(page), query || 'scroll').toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, path] of [
    ['the prerendered story', '/'],
    ['the page of sources and data', '/sources-and-data/'],
  ] as const) {
    test(`${name}: in-page links resolve and the markup is valid`, async ({ page }) => {
      await page.goto(path);
      expect(await markupProblems(page)).toEqual([]);
    });
  }
});

test('a link into a part the browser draws lands on its entry once the part is there', async ({ page }) => {
  for (const [hash, entry] of [
    ['#source-S05', '.source-list #source-S05'],
    ['#source-S50', '.source-list #source-S50'],
    ['#embed', 'section#embed'],
    ['#sentence-table', 'table#sentence-table'],
  ] as const) {
    await page.goto(`/${hash}`);
    await waitForHydration(page);
    await expect(page.locator(entry), hash).toBeInViewport();
    await page.goto('about:blank');
  }
});
