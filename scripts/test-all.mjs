// `npm test`: every check in order, then one plain summary line summed over every suite:
//   typecheck -> lint (ESLint, Prettier) -> dependency audit -> unit and component tests (vitest) -> production build, without
//   and with a published address (and the fixture story's) -> size budgets -> browser tests (Playwright).
// Under CI=true a missing Chromium is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/e2e/browser.mjs';
import { NOT_RUN as AUDIT_NOT_RUN } from './audit.mjs';

process.env.TZ = 'UTC';
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

/** Runs a step with its output shown; returns its exit status. */
function runStatus(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status;
}

const run = (label, command, args) => runStatus(label, command, args) === 0;

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function step(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${label} failed`);
  }
}

step('typecheck', run('typecheck', 'npx', ['tsc', '-p', '.']));
step('lint', run('lint', 'npm', ['run', 'lint']));
// An advisory service that cannot be reached audits nothing: it is said, and counted neither way.
const audit = runStatus('dependency audit', 'node', ['scripts/audit.mjs']);
if (audit !== AUDIT_NOT_RUN) step('dependency audit', audit === 0);

const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) failed += 1; // a suite that failed to load
} else step('unit tests', false);

/**
 * The site built without a published address (SITE_URL) works: it leaves out only what must be
 * absolute (canonical link, og:url and images, oEmbed), and keeps the rest.
 */
function builtWithoutAddress() {
  const html = readFileSync('dist/index.html', 'utf8');
  const problems = [
    [/rel="canonical"|property="og:url"|property="og:image"|application\/json\+oembed/.test(html), 'an absolute tag without SITE_URL'],
    [!/property="og:title"/.test(html) || !/application\/ld\+json/.test(html), 'no link preview or structured data'],
    [existsSync('dist/oembed'), 'oEmbed answers without SITE_URL'],
    [!existsSync('dist/share/verdict/index.html') || !existsSync('dist/share/verdict.png'), 'no share page or card'],
  ].filter(([bad]) => bad);
  for (const [, problem] of problems) console.error(`✗ the build without SITE_URL: ${problem}`);
  return problems.length === 0;
}

// The site with no published address, then with one (the preview's own, so the browser tests can
// follow its absolute links), then the fictional fixture story: the browser tests serve the last two.
const SITE_URL = 'http://127.0.0.1:4173/';
// The publisher's name is the address's host in the tests, whatever the shell has set.
process.env.SITE_NAME = '';
const withoutAddress = { ...process.env, SITE_URL: '' };
const builtBare = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: withoutAddress }).status === 0 && builtWithoutAddress();
step('build without SITE_URL', builtBare);
process.env.SITE_URL = SITE_URL;
const built =
  run(`build (SITE_URL=${SITE_URL})`, 'npm', ['run', 'build']) &&
  run('fixture build', 'npx', ['vite', 'build', '--config', 'tests/fixtures/vite.config.ts']);
step('build', built);
if (built) step('size budgets', run('size budgets', 'node', ['scripts/check-budgets.mjs']));

if (!existsSync(CHROMIUM_PATH)) {
  if (process.env.CI === 'true') step(`Chromium at ${CHROMIUM_PATH} (required under CI)`, false);
  else console.warn(`! No Chromium at ${CHROMIUM_PATH}: browser tests skipped (outside CI only).`);
} else if (built) {
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else step('browser tests', false);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
