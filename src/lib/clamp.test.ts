import { expect, it } from 'vitest';
import { clamp } from './clamp';

it('clamps into the range, and prefers the minimum when the range is empty', () => {
  expect(clamp(5, 0, 10)).toBe(5);
  expect(clamp(-1, 0, 10)).toBe(0);
  expect(clamp(11, 0, 10)).toBe(10);
  expect(clamp(5, 8, 2)).toBe(8);
});
