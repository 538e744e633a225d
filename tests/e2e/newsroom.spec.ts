import { expect, test, type APIRequestContext, type Frame, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BEAT_IDS, collectErrors } from './helpers';

/**
 * What a newsroom that adopts the story relies on: link previews for the story and each beat, with
 * their cards; the structured data; the oEmbed answers found through their discovery links; the
 * compact card view inside a host that behaves as WordPress core does; our record of updates. The
 * build under test has its published address set to the preview's (npm test sets SITE_URL).
 */
const SITE = 'http://127.0.0.1:4173/';
const HOST = 'http://localhost:4174';
const EDITIONS = [
  { lang: 'en', dir: '' },
  { lang: 'ru', dir: 'ru/' },
  { lang: 'uz-Latn', dir: 'uz/' },
];

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toContain('image/png');
  const body = await response.body();
  return { body, bytes: body.length, ...pngSize(body) };
}

/** The page's link-preview tags, by property or name. */
async function previewTags(page: Page): Promise<Record<string, string>> {
  return page.$$eval('meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"]', (metas) =>
    Object.fromEntries(metas.map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content') ?? ''])),
  );
}

test.describe('link previews', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: the story and every beat have a card, 1200x630 and under 300 KB, with alternative text`, async ({
      page,
      request,
    }) => {
      for (const beat of [null, ...BEAT_IDS]) {
        const address = beat ? `${SITE}${edition.dir}share/${beat}/` : `${SITE}${edition.dir}`;
        await page.goto(address);
        const tags = await previewTags(page);
        expect(tags['og:url'], address).toBe(address);
        expect(tags['og:type']).toBe('article');
        expect(tags['og:title']?.length).toBeGreaterThan(5);
        expect(tags['og:description']?.length).toBeGreaterThan(20);
        expect(tags['twitter:card']).toBe('summary_large_image');
        expect(tags['og:image']).toBe(`${SITE}${edition.dir}share/${beat ?? 'story'}.png`);
        expect(tags['twitter:image']).toBe(tags['og:image']);
        expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
        expect(tags['og:image:alt']?.length).toBeGreaterThan(20);
        expect(tags['article:modified_time']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const image = await fetchPng(request, tags['og:image']!);
        expect([image.width, image.height]).toEqual([1200, 630]);
        expect(image.bytes).toBeLessThan(300 * 1024);
        // Each card, as a reviewer looks at it.
        mkdirSync('test-results/screenshots', { recursive: true });
        writeFileSync(`test-results/screenshots/share-card-${edition.lang}-${beat ?? 'story'}.png`, image.body);
        if (beat) {
          // The share page shows the beat and links into the story at it.
          await expect(page.getByRole('img')).toHaveAttribute('alt', tags['og:image:alt']!);
          const into = page.locator('a.share-page-link');
          await expect(into).toHaveAttribute('href', `../../#${beat}`);
        }
      }
    });
  }

  test('the story’s card draws the sentence chart', async ({ page }) => {
    await page.goto(SITE);
    const alt = (await previewTags(page))['og:image:alt'];
    expect(alt).toMatch(/21/);
    expect(alt).toMatch(/14/);
  });
});

test.describe('structured data', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: a NewsArticle with its dates from the record of updates, images in three shapes, publisher and licence`, async ({
      page,
      request,
    }) => {
      await page.goto(`${SITE}${edition.dir}`);
      const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) => scripts.map((s) => s.textContent ?? ''));
      expect(blocks).toHaveLength(1);
      const article = JSON.parse(blocks[0]!);
      expect(article['@context']).toBe('https://schema.org');
      expect(article['@type']).toBe('NewsArticle');
      expect(article.inLanguage).toBe(edition.lang);
      expect(article.headline).toBe(await page.locator('h1').first().textContent());
      expect(article.headline.length).toBeLessThanOrEqual(110);
      expect(article.description.length).toBeGreaterThan(50);
      expect(article.url).toBe(`${SITE}${edition.dir}`);
      expect(article.license).toBe('https://creativecommons.org/licenses/by-nc-nd/4.0/');
      expect(article.publisher).toEqual({ '@type': 'Organization', name: '127.0.0.1', url: SITE });
      if (edition.dir) expect(article.translationOfWork.url).toBe(SITE);
      // The dates: the first publication and the latest update, as the page's "Updated" line and the updates log show.
      const updated = await page.locator('.masthead time').first().getAttribute('datetime');
      expect(article.dateModified).toBe(updated);
      // The record of updates is rendered by the browser, after the story.
      await expect(page.locator('#updates time').first()).toBeAttached();
      const log = await page.locator('#updates time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
      expect(log[0]).toBe(article.dateModified);
      // The English edition was first published with the story; a translation by the entry that added it.
      if (edition.dir) {
        expect(log).toContain(article.datePublished);
        expect(article.datePublished > log.at(-1)!).toBe(true);
      } else expect(log.at(-1)).toBe(article.datePublished);
      expect(article.datePublished <= article.dateModified).toBe(true);
      const shapes = [];
      for (const url of article.image as string[]) {
        const { width, height } = await fetchPng(request, url);
        expect(width * height).toBeGreaterThanOrEqual(50_000);
        shapes.push(Math.round((width / height) * 100) / 100);
      }
      expect(shapes).toEqual([1, 1.33, 1.78]);
    });
  }
});

test.describe('our record of updates', () => {
  test('is at the foot of the story in every edition, the latest first, and gives the licence', async ({ page }) => {
    for (const edition of EDITIONS) {
      await page.goto(`${SITE}${edition.dir}`);
      const entries = page.locator('#updates li');
      // Rendered by the browser, after the story.
      await expect(entries.nth(2)).toBeAttached();
      const dates = await page.locator('#updates time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      expect([...dates].sort().reverse()).toEqual(dates);
      await expect(page.locator('.site-footer-licence a[rel="license"]')).toHaveText('CC BY-NC-ND 4.0');
    }
  });
});

/** The oEmbed answer a discovery link on `address` leads to. */
async function discoveredAnswer(page: Page, request: APIRequestContext, address: string) {
  await page.goto(address);
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith(SITE)).toBe(true);
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('json');
  return response.json();
}

test.describe('oEmbed', () => {
  test('every page’s discovery link leads to a rich answer with the card view, its size, title, provider, thumbnail and licence', async ({
    page,
    request,
  }) => {
    for (const edition of EDITIONS) {
      for (const beat of [null, ...BEAT_IDS]) {
        const address = beat ? `${SITE}${edition.dir}share/${beat}/` : `${SITE}${edition.dir}`;
        const answer = await discoveredAnswer(page, request, address);
        expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: '127.0.0.1', provider_url: SITE });
        expect(answer.title).toBe((await previewTags(page))['og:title']);
        expect(answer.width).toBeGreaterThan(300);
        expect(answer.height).toBeLessThanOrEqual(1000);
        expect(answer.license).toBe('CC BY-NC-ND 4.0');
        const frame = new URL(/<iframe src="([^"]+)"/.exec(answer.html)![1]!.replace(/&amp;/g, '&'));
        expect(frame.origin + frame.pathname).toBe(`${SITE}${edition.dir}`);
        expect(frame.searchParams.get('mode')).toBe('card');
        expect(frame.searchParams.get('step')).toBe(beat);
        expect(answer.html).toMatch(/ title="[^"]+"/);
        expect(answer.thumbnail_url).toBe(`${SITE}${edition.dir}share/${beat ?? 'story'}.png`);
        const thumbnail = await fetchPng(request, answer.thumbnail_url);
        expect([thumbnail.width, thumbnail.height]).toEqual([answer.thumbnail_width, answer.thumbnail_height]);
      }
    }
  });
});

/** The card's frame in the WordPress-like host, once the card has rendered and WordPress has sized it. */
async function wordpressCard(page: Page, address: string): Promise<Frame> {
  await page.goto(`${HOST}/wordpress.html?url=${encodeURIComponent(address)}`);
  const handle = await page.waitForSelector('iframe.wp-embedded-content');
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'card');
  expect(await page.evaluate(() => (window as unknown as { wordpressHostScript: boolean }).wordpressHostScript)).toBe(true);
  await expect.poll(() => page.evaluate(() => (window as unknown as { wordpressLog: unknown[] }).wordpressLog.length)).toBeGreaterThan(0);
  // Once the card has spoken, WordPress shows it and hides the quoted link.
  await expect(page.locator('iframe.wp-embedded-content')).not.toHaveAttribute('style');
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  return frame;
}

/** The frame's height on the host against the card's own, in px. */
async function heights(page: Page, frame: Frame) {
  const card = await frame.evaluate(() => {
    const style = getComputedStyle(document.body);
    return Math.ceil(document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
  });
  const box = await page.locator('iframe.wp-embedded-content').evaluate((el) => el.getBoundingClientRect().height);
  return { card, box };
}

test.describe('the card view inside WordPress', () => {
  for (const width of [320, 1280]) {
    test(`at ${width} px: sandboxed, sized from its secret's messages to its real height, never over 1000 px`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      const frame = await wordpressCard(page, SITE);
      await expect(page.locator('iframe.wp-embedded-content')).toHaveAttribute('sandbox', 'allow-scripts');
      await expect
        .poll(async () => {
          const { card, box } = await heights(page, frame);
          return Math.abs(card - box);
        })
        .toBeLessThanOrEqual(2);
      const { card } = await heights(page, frame);
      expect(card).toBeLessThanOrEqual(1000);
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/card-wordpress-${width}.png`, fullPage: true });
      testInfo.annotations.push({ type: 'card height', description: `${card} px at ${width} px` });
    });
  }

  test('keyboard: Tab reaches the buttons, Enter and the arrow keys move between beats, the list jumps', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const frame = await wordpressCard(page, `${SITE}share/verdict/`);
    const active = () => frame.locator('.card').getAttribute('data-active-step');
    expect(await active()).toBe('verdict');
    // From the list of beats, Tab goes to Previous, then Next.
    await frame.getByRole('combobox').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(frame.getByRole('button', { name: /Next/ })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await active()).toBe('appeal');
    await frame.locator('.card-text').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('verdict');
    await frame.getByRole('combobox').selectOption('detained');
    expect(await active()).toBe('detained');
    await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', 'detained');
    await expect(frame.locator('.card-position')).toHaveText('Part 4 of 12');
  });

  test('the card answers WordPress’s ready message only with the frame’s own secret', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const frame = await wordpressCard(page, SITE);
    const reports = () => page.evaluate(() => (window as unknown as { wordpressLog: unknown[] }).wordpressLog.length);
    await page.waitForTimeout(2000);
    const before = await reports();
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ message: 'ready', secret: 'wrong' }, '*'));
    await page.waitForTimeout(300);
    expect(await reports()).toBe(before);
    await page.evaluate(() => {
      const iframe = document.querySelector('iframe')!;
      iframe.contentWindow!.postMessage({ message: 'ready', secret: iframe.dataset.secret }, '*');
    });
    await expect.poll(reports).toBeGreaterThan(before);
    expect(Math.abs((await heights(page, frame)).card - (await heights(page, frame)).box)).toBeLessThanOrEqual(2);
  });

  test('a link in the card opens the story on the host’s page, through WordPress', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const frame = await wordpressCard(page, `${SITE}share/verdict/`);
    await frame.getByRole('link', { name: 'Read this part in the full story' }).click();
    await page.waitForURL(`${SITE}#verdict`);
  });
});

test.describe('the card view on its own', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: every beat fits in 1000 px from 320 to 1280 px wide`, async ({ page }) => {
      const errors = collectErrors(page);
      const tallest: Record<number, number> = {};
      for (const width of [320, 375, 768, 1024, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${SITE}${edition.dir}?mode=card`);
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'card');
        for (const beat of BEAT_IDS) {
          await page.getByRole('combobox').selectOption(beat);
          await expect(page.locator('.card')).toHaveAttribute('data-active-step', beat);
          const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          tallest[width] = Math.max(tallest[width] ?? 0, height);
          expect(height, `${beat} at ${width} px`).toBeLessThanOrEqual(1000);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${beat} at ${width} px`).toBeLessThanOrEqual(0);
        }
      }
      expect(errors).toEqual([]);
      test.info().annotations.push({ type: 'tallest card', description: JSON.stringify(tallest) });
    });
  }
});

test.describe('the republish panel', () => {
  for (const edition of EDITIONS) {
    test(`${edition.lang}: beside the embed code, it gives the whole story as clean HTML with a link back, and copies it`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE.slice(0, -1) });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${SITE}${edition.dir}`);
      const panel = page.locator('#republish');
      await panel.evaluate((element) => element.scrollIntoView());
      const code = panel.locator('pre code');
      await expect(code).toContainText('<h1>');
      const html = (await code.textContent())!;
      expect(html).toContain(`<a href="${SITE}${edition.dir}">`);
      expect(html).toContain('https://creativecommons.org/licenses/by-nc-nd/4.0/');
      // Every beat's heading is in it, in the page's order.
      const headings = await page.locator('.step h2').allTextContents();
      let from = 0;
      for (const heading of headings) {
        const at = html.indexOf(`<h2>${heading.replace(/&/g, '&amp;')}</h2>`, from);
        expect(at, heading).toBeGreaterThan(from);
        from = at;
      }
      // The panel follows the embed code.
      const order = await page.evaluate(() => {
        const embed = document.getElementById('embed')!;
        const republish = document.getElementById('republish')!;
        return embed.compareDocumentPosition(republish) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      await panel.getByRole('button').click();
      await expect(panel.getByRole('button')).not.toHaveText(/HTML/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);
      if (edition.lang === 'en') {
        mkdirSync('test-results/screenshots', { recursive: true });
        await panel.evaluate((element) => element.scrollIntoView());
        await page.screenshot({ path: 'test-results/screenshots/republish-panel-1440.png' });
      }
    });
  }
});
