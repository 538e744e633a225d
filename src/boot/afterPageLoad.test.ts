import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, LOAD_WAIT_CAP_MS } from './afterPageLoad';

/** A window with only what afterPageLoad uses: a load event, timers, frames and paint timing. */
function fakeWindow({ readyState = 'loading', paintTiming = false } = {}) {
  const target = new EventTarget();
  const frames: FrameRequestCallback[] = [];
  let paintObserver: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint'] : [];
    constructor(callback: typeof paintObserver) {
      paintObserver = callback;
    }
    observe() {}
    disconnect() {}
  }
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn),
    PerformanceObserver: FakeObserver,
  };
  return {
    win: win as unknown as Window,
    load: () => target.dispatchEvent(new Event('load')),
    paint: () => paintObserver?.({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }),
    frame: () => frames.splice(0).forEach((fn) => fn(0)),
  };
}

/** Lets the waits resolve, paints a frame, and runs the task after it. */
async function paintAFrame(page: ReturnType<typeof fakeWindow>) {
  await vi.advanceTimersByTimeAsync(0);
  page.frame();
  await vi.advanceTimersByTimeAsync(0);
}

describe('afterPageLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the load event, then for the task after the next frame', async () => {
    const page = fakeWindow();
    const work = vi.fn();
    afterPageLoad(work, page.win);
    await vi.advanceTimersByTimeAsync(50);
    expect(work).not.toHaveBeenCalled();
    page.load();
    await paintAFrame(page);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('also waits for the first contentful paint where the browser reports it', async () => {
    const page = fakeWindow({ readyState: 'complete', paintTiming: true });
    const work = vi.fn();
    afterPageLoad(work, page.win);
    await vi.advanceTimersByTimeAsync(500);
    expect(work).not.toHaveBeenCalled();
    page.paint();
    await paintAFrame(page);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when the page never finishes loading and no frame comes (a stalled font, a hidden frame)', async () => {
    const page = fakeWindow();
    const work = vi.fn();
    afterPageLoad(work, page.win);
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_CAP_MS - 1);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work once, though both the frame and its fallback timer fire', async () => {
    const page = fakeWindow({ readyState: 'complete' });
    const work = vi.fn();
    afterPageLoad(work, page.win);
    await vi.advanceTimersByTimeAsync(0);
    page.frame();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
