import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStillWhileHidden } from './useStillWhileHidden';

describe('useStillWhileHidden', () => {
  it('follows the value at once while shown', () => {
    const { result, rerender } = renderHook(({ value, hidden }) => useStillWhileHidden(value, hidden), {
      initialProps: { value: 'verdict', hidden: false },
    });
    rerender({ value: 'appeal', hidden: false });
    expect(result.current).toBe('appeal');
  });

  it('hidden, holds what it last showed, and takes the new value as it is shown again', () => {
    const { result, rerender } = renderHook(({ value, hidden }) => useStillWhileHidden(value, hidden), {
      initialProps: { value: 'verdict', hidden: false },
    });
    rerender({ value: 'appeal', hidden: true });
    rerender({ value: 'lifetime', hidden: true });
    expect(result.current).toBe('verdict');
    rerender({ value: 'lifetime', hidden: false });
    expect(result.current).toBe('lifetime');
    rerender({ value: 'appeal', hidden: true });
    expect(result.current).toBe('lifetime');
  });
});
