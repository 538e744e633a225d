import { act, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SKIPPING_MS } from './usePresenterPosition';
import { useSlideInView } from './useSlideInView';

/** Each slide is this tall: slide i starts at i × SLIDE, and the window is scrolled to `scrollY`. */
const SLIDE = 100;

function Deck({ index }: { index: number }) {
  const deck = useSlideInView(index, true);
  return (
    <main ref={deck}>
      {[0, 1, 2, 3].map((i) => (
        <div key={i} data-slide={i}>
          <section />
          <div />
        </div>
      ))}
    </main>
  );
}

const slides = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-slide]')];
/** Which parts of each slide are inert, as the deck has set them (jsdom has no `inert` of its own: the property is the deck's). */
const partsInert = (container: HTMLElement) =>
  slides(container).map((slide) => [...slide.children].map((part) => (part as HTMLElement).inert === true));
/** Which slides are inert: all their parts. */
const inert = (container: HTMLElement) => partsInert(container).map((parts) => parts.every(Boolean));

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = Number(this.dataset.slide ?? 0) * SLIDE - window.scrollY;
    return { top, bottom: top + SLIDE, left: 0, right: 0, width: 0, height: SLIDE, x: 0, y: top, toJSON: () => ({}) };
  });
  vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
    Object.defineProperty(window, 'scrollY', { value: options.top, configurable: true });
  }) as typeof window.scrollTo);
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('useSlideInView', () => {
  it('on arrival, shows the slide at once and makes every other slide inert at once', () => {
    const { container } = render(<Deck index={1} />);
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 100, behavior: 'instant' });
    expect(inert(container)).toEqual([true, false, true, true]);
  });

  it('after a press, shows the next slide in the next frame and leaves inert until the presses pause', () => {
    const { container, rerender } = render(<Deck index={1} />);
    rerender(<Deck index={2} />);
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 100, behavior: 'instant' });
    expect(inert(container)).toEqual([true, false, true, true]);
    act(() => vi.advanceTimersByTime(SKIPPING_MS - 1));
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 200, behavior: 'instant' });
    expect(inert(container)).toEqual([true, false, true, true]);
    act(() => vi.advanceTimersByTime(1));
    // One part of a slide per moment between frames, the slide reached first.
    act(() => vi.advanceTimersToNextTimer());
    expect(partsInert(container)[2]).toEqual([false, true]);
    act(() => vi.advanceTimersToNextTimer());
    expect(inert(container)).toEqual([true, false, false, true]);
    act(() => vi.advanceTimersToNextTimer());
    expect(partsInert(container)[1]).toEqual([true, false]);
    act(() => vi.advanceTimersToNextTimer());
    expect(inert(container)).toEqual([true, true, false, true]);
  });

  it('never changes the slides skipped past', () => {
    const { container, rerender } = render(<Deck index={0} />);
    const changes = vi.fn();
    for (const part of slides(container)[1]!.children) {
      let value = (part as HTMLElement).inert;
      Object.defineProperty(part, 'inert', { get: () => value, set: (next: boolean) => (changes(next), (value = next)) });
    }
    rerender(<Deck index={1} />);
    act(() => vi.advanceTimersByTime(SKIPPING_MS / 2));
    rerender(<Deck index={2} />);
    act(() => vi.runAllTimers());
    expect(inert(container)).toEqual([true, true, false, true]);
    expect(changes).not.toHaveBeenCalled();
  });

  it('settles at once when the presenter reaches for the slide with Tab or the pointer', () => {
    const { container, rerender } = render(<Deck index={0} />);
    rerender(<Deck index={1} />);
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(inert(container)).toEqual([true, false, true, true]);
    rerender(<Deck index={2} />);
    fireEvent.pointerMove(container.querySelector('main')!);
    expect(inert(container)).toEqual([true, true, false, true]);
  });

  it('brings the slide back whenever something else scrolls the window or its size changes', () => {
    render(<Deck index={3} />);
    Object.defineProperty(window, 'scrollY', { value: 150, configurable: true });
    fireEvent.scroll(window);
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 300, behavior: 'instant' });
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    fireEvent(window, new Event('resize'));
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 300, behavior: 'instant' });
  });
});
