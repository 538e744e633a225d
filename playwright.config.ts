import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/browser.mjs';

/** Port the built site is served on for the browser tests. */
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } } },
  ],
  // Serves the production build (made by `npm test` before this runs), so the tests see what ships.
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The same build with the security headers of public/_headers, Content Security Policy included.
    {
      command: 'node tests/e2e/cspServer.mjs',
      url: 'http://127.0.0.1:4175/',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    // The built sites served from folders: the case under a newsroom's path, the fictional fixture story.
    {
      command: 'node tests/e2e/folderServer.mjs',
      url: 'http://127.0.0.1:4177/fixture/',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    // Newsroom pages that embed the story, on another origin (localhost) than the story (127.0.0.1).
    {
      command: 'node tests/e2e/hostServer.mjs',
      url: 'http://localhost:4174/loader.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
