import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SKIPPING_MS, usePresenterPosition } from './usePresenterPosition';

const beats = [{ id: 'first' }, { id: 'second' }, { id: 'third' }, { id: 'last' }];

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/?mode=present');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('usePresenterPosition and the address', () => {
  it('names the opening beat in the address at once, replacing it', () => {
    const push = vi.spyOn(window.history, 'pushState');
    renderHook(() => usePresenterPosition(beats));
    expect(window.location.hash).toBe('#first');
    expect(push).not.toHaveBeenCalled();
  });

  it('records the beat the presenter stops on once the presses pause, and not the beats skipped past', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => usePresenterPosition(beats));
    act(() => result.current.next());
    expect(result.current.position.index).toBe(1);
    expect(window.location.hash).toBe('#first');
    act(() => vi.advanceTimersByTime(SKIPPING_MS / 2));
    act(() => result.current.next());
    expect(result.current.position.index).toBe(2);
    act(() => vi.advanceTimersByTime(SKIPPING_MS));
    expect(window.location.hash).toBe('#third');
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('answers whether the presenter is skipping ahead without rendering again', () => {
    const { result } = renderHook(() => usePresenterPosition(beats));
    const isSkipping = result.current.isSkipping;
    act(() => result.current.next());
    expect(isSkipping()).toBe(false);
    act(() => vi.advanceTimersByTime(SKIPPING_MS / 2));
    act(() => result.current.next());
    expect(isSkipping()).toBe(true);
    expect(result.current.isSkipping).toBe(isSkipping);
  });
});
