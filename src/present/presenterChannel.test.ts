import { expect, it } from 'vitest';
import { parseSync } from './presenterChannel';

/** Four beats; the third reveals in three presses. */
const beats = [{ id: 'a' }, { id: 'b' }, { id: 'c', revealSteps: 3 as const }, { id: 'd' }];
const message = (index: unknown, reveal: unknown, extra: object = {}) => ({
  type: 'khamroyev:present',
  version: 1,
  index,
  reveal,
  ...extra,
});

it('accepts only well-formed sync messages for a place the story has', () => {
  expect(parseSync(message(2, 2), beats)).toEqual({ index: 2, reveal: 2 });
  expect(parseSync(message(1, 0), beats)).toEqual({ index: 1, reveal: 0 });
  for (const junk of [
    null,
    'next',
    message(4, 0),
    message(-1, 0),
    message(1.5, 0),
    message(1, 1),
    message(2, 3),
    message(2, -1),
    { ...message(1, 0), version: 2 },
    { ...message(1, 0), type: 'other' },
  ]) {
    expect(parseSync(junk, beats)).toBeNull();
  }
});
