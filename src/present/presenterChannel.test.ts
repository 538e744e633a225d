import { expect, it } from 'vitest';
import { parseSync } from './presenterChannel';

it('accepts only well-formed sync messages for a beat that exists', () => {
  expect(parseSync({ type: 'khamroyev:present', version: 1, index: 3, reveal: 2 }, 12)).toEqual({ index: 3, reveal: 2 });
  for (const junk of [
    null,
    'next',
    { type: 'khamroyev:present', version: 1, index: 12, reveal: 2 },
    { type: 'khamroyev:present', version: 1, index: -1, reveal: 2 },
    { type: 'khamroyev:present', version: 1, index: 1.5, reveal: 2 },
    { type: 'khamroyev:present', version: 1, index: 1, reveal: 3 },
    { type: 'khamroyev:present', version: 2, index: 1, reveal: 2 },
    { type: 'other', version: 1, index: 1, reveal: 2 },
  ]) {
    expect(parseSync(junk, 12)).toBeNull();
  }
});
