import { describe, expect, it } from 'vitest';
import { markCurrentStep } from './currentStep';

describe('the current beat', () => {
  it('leaves exactly one beat marked, whichever was marked before', () => {
    document.body.innerHTML =
      '<section id="a" aria-current="step"></section><section id="b"></section><section id="c" aria-current="step"></section>';
    const steps = [...document.querySelectorAll('section')];
    markCurrentStep(steps, steps[1]);
    expect([...document.querySelectorAll('[aria-current="step"]')].map((step) => step.id)).toEqual(['b']);
  });

  it('unmarks every beat when given none (the story leaving the sticky layout)', () => {
    document.body.innerHTML = '<section aria-current="step"></section><section></section>';
    markCurrentStep(document.querySelectorAll('section'), null);
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(0);
  });
});
