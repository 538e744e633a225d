import { act, renderHook, waitFor } from '@testing-library/react';
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

  it('hidden, holds what it last showed, then catches up when the browser has a moment', async () => {
    const { result, rerender } = renderHook(({ value, hidden }) => useStillWhileHidden(value, hidden), {
      initialProps: { value: 'verdict', hidden: false },
    });
    rerender({ value: 'lifetime', hidden: true });
    expect(result.current).toBe('verdict');
    await waitFor(() => expect(result.current).toBe('lifetime'));
  });

  it('shown again, follows at once, and hiding again holds the value shown last', async () => {
    const { result, rerender } = renderHook(({ value, hidden }) => useStillWhileHidden(value, hidden), {
      initialProps: { value: 'verdict', hidden: true },
    });
    rerender({ value: 'appeal', hidden: false });
    expect(result.current).toBe('appeal');
    await act(async () => rerender({ value: 'lifetime', hidden: true }));
    expect(result.current).toBe('appeal');
    await waitFor(() => expect(result.current).toBe('lifetime'));
  });
});
