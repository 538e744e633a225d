import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
import { serveStatic } from './staticServer.mjs';
import { localTls, TLS_CHROMIUM_ARGS } from './bench/localTls.mjs';
const root = new URL('../', import.meta.url).pathname;
const server = await serveStatic({
  port: 4191,
  compress: true,
  tls: localTls(`${root}node_modules/.cache/bench-tls`),
  mounts: [['/', process.env.BENCH_DIST ?? `${root}dist/`]],
});
for (const path of (process.argv[2] ?? '/,/ru/,/uz/').split(',')) {
  const lcps = [];
  for (let i = 0; i < 3; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS, ...TLS_CHROMIUM_ARGS, '--headless=new'],
    });
    const r = await lighthouse(`https://127.0.0.1:4191${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    lcps.push(Math.round(r.lhr.audits['largest-contentful-paint'].numericValue));
    await chrome.kill();
  }
  console.log(path, lcps.sort((a, b) => a - b).join(' '));
}
server.close?.();
process.exit(0);
