import { expect, it, vi } from 'vitest';
import { oncePerFrame } from './oncePerFrame';

it('runs the work once per frame however often it is woken, and not at all once cancelled', () => {
  const callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => callbacks.splice(0));
  const work = vi.fn();
  const throttled = oncePerFrame(work);
  throttled.wake();
  throttled.wake();
  throttled.wake();
  expect(callbacks).toHaveLength(1);
  callbacks.shift()!(0);
  expect(work).toHaveBeenCalledTimes(1);
  throttled.wake();
  throttled.cancel();
  expect(callbacks).toHaveLength(0);
  expect(work).toHaveBeenCalledTimes(1);
  vi.unstubAllGlobals();
});
