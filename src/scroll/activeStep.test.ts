import { describe, expect, it } from 'vitest';
import { activeStep, triggerLine, type StepRect } from './activeStep';

/** Five 400 px steps with 200 px between them, the first starting `offset` px down the viewport. */
const steps = (offset: number): StepRect[] => [0, 1, 2, 3, 4].map((i) => ({ top: offset + i * 600, bottom: offset + i * 600 + 400 }));
const viewport = { top: 0, height: 800 };
const options = { triggerRatio: 0.5 };

describe('activeStep', () => {
  it('puts the trigger line in the middle of the part of the viewport not covered', () => {
    expect(triggerLine(viewport, options)).toBe(400);
    expect(triggerLine(viewport, { triggerRatio: 0.5, topInset: 400 })).toBe(600);
  });

  it('keeps the first step active before any step reaches the trigger line', () => {
    expect(activeStep(steps(900), viewport, options)).toEqual({ index: 0, progress: 0 });
  });

  it('activates the first step once its top crosses the line', () => {
    expect(activeStep(steps(300), viewport, options)).toEqual({ index: 0, progress: 0.25 });
  });

  it('keeps the last step active past the end of the steps', () => {
    expect(activeStep(steps(-5000), viewport, options).index).toBe(4);
  });

  it('holds a step through the gap after it, until the next one crosses', () => {
    // Step 1 spans 200..600 above the line; step 2 starts at 800, still below it.
    expect(activeStep(steps(-400), viewport, options).index).toBe(1);
  });

  it('lands on the right step after a fast jump, whatever came before', () => {
    expect(activeStep(steps(-2300), viewport, options).index).toBe(4);
    expect(activeStep(steps(-1150), viewport, options).index).toBe(2);
  });

  it('recomputes from geometry after a resize makes the steps taller', () => {
    const tall = [0, 1, 2].map((i) => ({ top: -1000 + i * 1200, bottom: -1000 + i * 1200 + 1000 }));
    expect(activeStep(tall, { top: 0, height: 600 }, options).index).toBe(1);
  });

  it('moves the trigger below a graphic pinned at the top', () => {
    // Step 1's top is at 500: below the open-viewport line (400), above the inset one (600).
    const rects = steps(-100);
    expect(activeStep(rects, viewport, options).index).toBe(0);
    expect(activeStep(rects, viewport, { triggerRatio: 0.5, topInset: 400 }).index).toBe(1);
    expect(activeStep(steps(100), viewport, { triggerRatio: 0.5, topInset: 400 }).index).toBe(0);
  });

  it('reports no step when there are none', () => {
    expect(activeStep([], viewport, options).index).toBe(-1);
  });
});
