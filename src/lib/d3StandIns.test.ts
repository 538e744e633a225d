import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { format } from './noNumberFormat';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from './numberInterpolation';

// The tests resolve d3-interpolate and d3-format as the build does (scripts/build/d3StandIns.ts).
describe('d3-scale with the project’s stand-ins for d3-interpolate and d3-format', () => {
  it('maps numbers as d3 does, rounded where the scale asks', () => {
    expect(interpolateNumber(10, 20)(0.25)).toBe(12.5);
    expect(interpolateRound(10, 20)(0.26)).toBe(13);
    const years = scaleLinear().domain([0, 21]).range([12, 348]);
    expect(years(14)).toBe(236);
    expect(years.invert(236)).toBe(14);
    expect(scaleLinear().domain([0, 3]).rangeRound([0, 100])(1)).toBe(33);
    expect(years.ticks(5)).toEqual([0, 5, 10, 15, 20]);
  });

  it('refuses by name what the charts never ask for', () => {
    expect(() => interpolate('red', 'blue')).toThrow(/numbers only/);
    expect(() => piecewise()).toThrow(/piecewise/);
    expect(() => format()).toThrow(/format their own tick labels/);
    expect(() => scaleLinear().range(['red', 'blue'] as unknown as number[])(0.5)).toThrow(/numbers only/);
    expect(() => scaleLinear().tickFormat(5)).toThrow(/d3-format is not in the build/);
  });
});
