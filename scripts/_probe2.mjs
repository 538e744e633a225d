import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const [w, h, media, url] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5]];
const page = await browser.newPage({ viewport: { width: w, height: h } });
await page.goto(`http://127.0.0.1:4180/${url}`);
await page.waitForTimeout(600);
if (media === 'print') { await page.emulateMedia({ media: 'print' }); await page.waitForTimeout(600); }
const total = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', total);
const n = Math.min(8, Math.ceil(total / h));
const sel = process.argv[6]; const startY = sel ? await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top + scrollY, sel) : 0;
for (let i = 0; i < n; i++) {
  await page.screenshot({ path: `/tmp/shot-${i}.png`, clip: { x: 0, y: startY + i * h, width: w, height: h }, fullPage: true });
}
await browser.close();
