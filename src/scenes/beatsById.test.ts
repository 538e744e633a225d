import { describe, expect, it } from 'vitest';
import { beatFor, heldScene } from './beatsById';

describe('heldScene: the state a hidden chart keeps', () => {
  it('is the chart’s own scene on a beat that shows it', () => {
    expect(heldScene('appeal', 'sentence')).toBe(beatFor('appeal').scene);
    expect(heldScene('detained', 'timeline')).toBe(beatFor('detained').scene);
  });

  it('is the nearest scene before: reading forward, the one the reader last saw it in', () => {
    // After the appeal, the timeline takes over: the sentence chart stays as the appeal left it.
    expect(heldScene('arctic', 'sentence')).toBe(beatFor('appeal').scene);
    expect(heldScene('corrections', 'sentence')).toBe(beatFor('what-it-means').scene);
    expect(heldScene('verdict', 'timeline')).toBe(beatFor('new-charge').scene);
  });

  it('is the first scene ahead for a beat before the chart has ever been shown', () => {
    expect(heldScene('intro', 'sentence')).toBe(beatFor('verdict').scene);
  });
});
