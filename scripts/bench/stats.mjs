// The benchmark's arithmetic: medians over repeated runs and rounding for the tables.

/** The median of numbers (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `value` rounded to `digits` decimals. */
export const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Several runs' results as one: each numeric field the median of its own values (as Lighthouse's
 * guidance does, metric by metric), any other field the first run's; `runs` says how many.
 */
export function medianOfRuns(results) {
  const merged = { ...results[0], runs: results.length };
  for (const [key, value] of Object.entries(results[0])) {
    if (typeof value === 'number') merged[key] = median(results.map((result) => result[key]));
  }
  return merged;
}
