import { expect, it } from 'vitest';
import { fill } from './fill';

it('fills each placeholder wherever the template puts it, and leaves unknown ones', () => {
  expect(fill('Slide {n} of {total}: {title}', { n: 3, total: 12, title: 'The verdict' })).toBe('Slide 3 of 12: The verdict');
  expect(fill('{total} слайдов, это {n}-й', { n: 3, total: 12 })).toBe('12 слайдов, это 3-й');
  expect(fill('Press {n} {unit}', { n: 1 })).toBe('Press 1 {unit}');
  expect(fill('{asked}', { asked: '{n} <b>' })).toBe('{n} <b>');
});
