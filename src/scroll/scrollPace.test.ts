import { describe, expect, it } from 'vitest';
import { BRISK_PX_PER_SECOND, createScrollPace, isBrisk } from './scrollPace';

describe('scroll pace', () => {
  it('is still before the reader has moved twice', () => {
    const pace = createScrollPace();
    expect(pace.speed(0)).toBe(0);
    pace.sample(0, 100);
    expect(pace.speed(0)).toBe(0);
  });

  it('measures a steady 24 px a frame as brisk, and a reading drift as not', () => {
    const flick = createScrollPace();
    for (let frame = 0; frame < 10; frame++) flick.sample(frame * 16.7, frame * 24);
    expect(flick.speed(9 * 16.7)).toBeCloseTo(1437, 0);
    expect(isBrisk(flick, 9 * 16.7)).toBe(true);

    const reading = createScrollPace();
    for (let frame = 0; frame < 10; frame++) reading.sample(frame * 16.7, frame * 3);
    expect(reading.speed(9 * 16.7)).toBeLessThan(BRISK_PX_PER_SECOND);
    expect(isBrisk(reading, 9 * 16.7)).toBe(false);
  });

  it('counts movement either way', () => {
    const pace = createScrollPace();
    pace.sample(0, 2000);
    pace.sample(100, 1800);
    expect(pace.speed(100)).toBe(2000);
  });

  it('forgets movement older than a moment: a jump after a pause is not a flick', () => {
    const pace = createScrollPace();
    pace.sample(0, 0);
    pace.sample(50, 200);
    expect(isBrisk(pace, 50)).toBe(true);
    expect(pace.speed(5000)).toBe(0);
    pace.sample(5000, 9000);
    expect(isBrisk(pace, 5000)).toBe(false);
  });
});
