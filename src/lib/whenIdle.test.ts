import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('asks for an idle moment, with a limit, and can be cancelled', () => {
    const request = vi.fn(() => 7);
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const task = () => {};
    const cancel = whenIdle(task);
    expect(request).toHaveBeenCalledWith(task, { timeout: expect.any(Number) });
    cancel();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  it('without idle callbacks, runs as a task of its own, which cancelling stops', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    // Timers only: fake timers would otherwise bring idle callbacks of their own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const task = vi.fn();
    whenIdle(task);
    const cancelled = vi.fn();
    whenIdle(cancelled)();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
