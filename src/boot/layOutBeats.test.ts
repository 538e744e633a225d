import { describe, expect, it } from 'vitest';
import { LAID_OUT_ATTRIBUTE, layOutBeats } from './layOutBeats';

/** A window whose idle callbacks run only when the test says. */
function idleWindow() {
  const queue: (() => void)[] = [];
  return {
    win: { setTimeout: () => 0, requestIdleCallback: (callback: () => void) => queue.push(callback) } as never,
    runOne: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

describe('laying out the beats after the first paint', () => {
  it('lays out one beat per idle moment, in reading order, and stops', () => {
    document.body.innerHTML =
      '<section class="step" id="a"></section><section class="step" id="b"></section><section class="step" id="c"></section>';
    const { win, runOne, pending } = idleWindow();
    layOutBeats(document, win);
    const laidOut = () => Array.from(document.querySelectorAll(`[${LAID_OUT_ATTRIBUTE}]`)).map((element) => element.id);
    expect(laidOut()).toEqual([]);
    runOne();
    expect(laidOut()).toEqual(['a']);
    runOne();
    runOne();
    expect(laidOut()).toEqual(['a', 'b', 'c']);
    expect(pending()).toBe(0);
  });

  it('leaves alone a beat already laid out', () => {
    document.body.innerHTML = `<section class="step" id="a" ${LAID_OUT_ATTRIBUTE}></section><section class="step" id="b"></section>`;
    const { win, runOne, pending } = idleWindow();
    layOutBeats(document, win);
    runOne();
    expect(document.getElementById('b')!.hasAttribute(LAID_OUT_ATTRIBUTE)).toBe(true);
    expect(pending()).toBe(0);
  });

  it('lays out every beat left at once when the reader presses a key', () => {
    document.body.innerHTML =
      '<section class="step" id="a"></section><section class="step" id="b"></section><section class="step" id="c"></section>';
    const { win, runOne } = idleWindow();
    layOutBeats(document, win);
    runOne();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    expect(document.querySelectorAll(`[${LAID_OUT_ATTRIBUTE}]`)).toHaveLength(3);
    runOne();
    expect(document.querySelectorAll(`[${LAID_OUT_ATTRIBUTE}]`)).toHaveLength(3);
  });
});
