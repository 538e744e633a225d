// Takes screenshots of a served build for review: node scripts/screenshot.mjs <url> <out-prefix> [hash...]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';

const [url = 'http://127.0.0.1:4173/', prefix = 'shots/page', ...steps] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [w, h] of [
  [375, 812],
  [1440, 900],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const step of ['', ...steps]) {
    await page.goto(step ? `${url}#${step}` : url);
    if (step) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), step);
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${prefix}-${w}-${step || 'top'}.png` });
  }
  await page.close();
}
await browser.close();
