import { expect, it, vi } from 'vitest';
import { createMessageViewportSource } from './messageViewportSource';

it('reports what the host says is visible and wakes its subscribers', () => {
  const source = createMessageViewportSource();
  const listener = vi.fn();
  const unsubscribe = source.subscribe(listener);
  source.update({ top: 1200, height: 800 });
  expect(source.read()).toEqual({ top: 1200, height: 800 });
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
  source.update({ top: 0, height: 800 });
  expect(listener).toHaveBeenCalledTimes(1);
});
