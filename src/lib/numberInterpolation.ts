/**
 * What d3-scale takes from d3-interpolate, for numbers: the build resolves `d3-interpolate` to this
 * module (scripts/build/d3StandIns.ts). The story's scales map years and dates, as numbers, to
 * pixels, never colours or strings; d3-interpolate's general `interpolate` would bring d3-color's
 * parser and its 148 named colours into every page's first download for nothing. Same signatures
 * and results as d3-interpolate's for numbers; any other value is refused by name.
 */
type Interpolator = (t: number) => number;

/** From `a` at t = 0 to `b` at t = 1, as d3's `interpolateNumber`. */
export function interpolateNumber(a: number, b: number): Interpolator {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

/** As `interpolateNumber`, rounded to whole numbers, as d3's `interpolateRound`: a scale's `rangeRound`. */
export function interpolateRound(a: number, b: number): Interpolator {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

/** A scale's default interpolator: numbers between numbers; anything else is not this project's. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  if (typeof b !== 'number' || typeof a !== 'number')
    throw new TypeError(`Scales here interpolate numbers only, not ${typeof a} to ${typeof b} (src/lib/numberInterpolation.ts)`);
  return interpolateNumber(a, b);
}

/** d3's piecewise interpolation, which only sequential and diverging scales use: not this project's. */
export function piecewise(): never {
  throw new TypeError('This project’s scales have no piecewise interpolation (src/lib/numberInterpolation.ts)');
}
