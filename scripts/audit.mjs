// `npm audit --omit=dev` for the runtime dependencies: fails on a high or critical advisory. Where
// the advisory service cannot be reached (an offline CI runner), it says so plainly and does not
// count as a pass or a failure: an unreachable service proves nothing either way.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The exit status when the advisory service could not be reached: scripts/test-all.mjs counts it neither way. */
export const NOT_RUN = 3;

// Run as a script (npm run audit, scripts/test-all.mjs); imported, it only lends NOT_RUN.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report?.error?.summary || result.stderr.split('\n').find((line) => line.trim()) || 'no answer';
    console.warn(`! npm audit could not reach the advisory service (${reason.trim()}): runtime dependencies not audited this run.`);
    process.exit(NOT_RUN);
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(
    `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
  );
  process.exit(serious > 0 ? 1 : 0);
}
