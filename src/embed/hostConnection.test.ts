import { describe, expect, it } from 'vitest';
import {
  HOST_CATCH_UP_MS,
  hostTransition,
  initialHostState,
  layoutFor,
  type HostEffect,
  type HostEvent,
  type HostState,
} from './hostConnection';

/** Runs events from a state; returns the last state and every effect, in order. */
function run(from: HostState, events: HostEvent[]): { state: HostState; effects: HostEffect[] } {
  const effects: HostEffect[] = [];
  let state = from;
  for (const event of events) {
    const result = hostTransition(state, event);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const framed = initialHostState(true);
const mirror = run(framed, [
  { type: 'loader-answered', sticky: true },
  { type: 'frame-scrolled', scrollY: 0 },
]).state;
const pym = run(framed, [{ type: 'pym-position', frameTop: 300, viewportHeight: 800, requested: true }]).state;

describe('the handshake', () => {
  it.each<[string, HostEvent[], string]>([
    ['our loader that can keep the frame sticky: mirror its scroll', [{ type: 'loader-answered', sticky: true }], 'mirror'],
    ['our loader under a clipping ancestor: stack', [{ type: 'loader-answered', sticky: false }], 'stacked'],
    ['pym.js that sends positions: pin the graphic', [{ type: 'pym-position', frameTop: 0, viewportHeight: 700, requested: true }], 'pym'],
    ['no answer in time: stack', [{ type: 'handshake-timeout' }], 'stacked'],
    [
      'a pym position after the timeout still upgrades',
      [{ type: 'handshake-timeout' }, { type: 'pym-position', frameTop: 0, viewportHeight: 700, requested: true }],
      'pym',
    ],
    ['the timeout after an answer changes nothing', [{ type: 'loader-answered', sticky: true }, { type: 'handshake-timeout' }], 'mirror'],
  ])('%s', (_, events, mode) => expect(run(framed, events).state.mode).toBe(mode));

  it('is not a frame at all: the window, and no message to a host', () => {
    const alone = initialHostState(false);
    expect(alone.mode).toBe('window');
    expect(run(alone, [{ type: 'step', id: 'b' }]).effects).toEqual([]);
  });
});

describe('under pym.js', () => {
  it('drives the scroll engine with the host’s viewport, in the frame’s coordinates', () => {
    expect(run(pym, [{ type: 'pym-position', frameTop: -450, viewportHeight: 760, requested: false }]).effects).toEqual([
      { type: 'viewport', top: 450, height: 760 },
    ]);
  });

  it('reports the height again when the host sends a width', () => {
    expect(run(pym, [{ type: 'pym-width' }]).effects).toEqual([{ type: 'report-height' }]);
  });

  const answer = (frameTop: number) => ({ type: 'pym-position', frameTop, viewportHeight: 800, requested: true }) as const;
  const unasked = (frameTop: number) => ({ type: 'pym-position', frameTop, viewportHeight: 800, requested: false }) as const;

  it('stacks, and brings the reader back to their beat, when answers show the frame moving and the host said nothing unasked', () => {
    const { state } = run(pym, [{ type: 'step', id: 'verdict' }, answer(300), answer(100), answer(-100), answer(-300)]);
    expect(state).toMatchObject({ mode: 'stacked', pymRejected: true, resumeAt: 'verdict' });
    // A late position from a host that has shown it does not track scroll does not upgrade it again.
    expect(run(state, [unasked(0)]).state.mode).toBe('stacked');
    expect(run(state, [{ type: 'resumed' }]).state.resumeAt).toBeNull();
  });

  it('stacks one answer after a jump of half a screen or more', () => {
    expect(run(pym, [answer(300), answer(-2000)]).state.mode).toBe('pym');
    expect(run(pym, [answer(300), answer(-2000), answer(-2000)]).state.mode).toBe('stacked');
  });

  it('stays pinned after one small move with no scroll: a layout shift above the frame', () => {
    expect(run(pym, [answer(300), answer(550), answer(550), answer(550)]).state.mode).toBe('pym');
  });

  it('forgives a scroll message taken for an answer when the real answer comes', () => {
    // The host scrolled while a question was out: its message was taken for the answer, and the
    // answer, coming after, looks unasked. It tracks scroll.
    const { state } = run(pym, [answer(300), answer(-1500), unasked(-1500), answer(-1500), answer(-1500)]);
    expect(state).toMatchObject({ mode: 'pym', pymTracking: true });
  });

  it('stays pinned while the frame has not moved between answers', () => {
    const still = [1, 2, 3].map(() => ({ type: 'pym-position', frameTop: 300, viewportHeight: 800, requested: true }) as const);
    expect(run(pym, still).state.mode).toBe('pym');
  });

  it('stays pinned for good once the host sends a position unasked, even when it jumps straight to the story', () => {
    const { state } = run(pym, [
      // The host's own anchor link: one scroll, one position sent unasked, then answers far from the first.
      { type: 'pym-position', frameTop: 0, viewportHeight: 800, requested: false },
      { type: 'pym-position', frameTop: 0, viewportHeight: 800, requested: true },
      { type: 'pym-position', frameTop: -900, viewportHeight: 800, requested: true },
    ]);
    expect(state).toMatchObject({ mode: 'pym', pymTracking: true });
  });
});

describe('under our loader', () => {
  it('scrolls the frame to the host’s offset, and remembers where the frame really is', () => {
    const { state, effects } = run(mirror, [
      { type: 'host-scroll', at: 10, offset: 1200, scrollY: 0 },
      { type: 'frame-scrolled', scrollY: 1100 },
    ]);
    expect(effects).toEqual([{ type: 'scroll-frame', offset: 1200 }]);
    expect(state.mirrored).toBe(1100);
  });

  it('asks the host to follow when the story moves itself, before an older host offset undoes it', () => {
    // A deep link's scrollIntoView moved the frame to 3000; the host's next offset is still 0.
    const { state, effects } = run(mirror, [{ type: 'host-scroll', at: 10, offset: 0, scrollY: 3000 }]);
    expect(effects).toEqual([{ type: 'ask-host-scroll', offset: 3000 }]);
    expect(state.asked).toEqual({ offset: 3000, until: 10 + HOST_CATCH_UP_MS });
  });

  it('ignores stale host offsets while the host catches up, then follows it again', () => {
    const asked = run(mirror, [{ type: 'own-scroll', at: 0, scrollY: 3000 }]).state;
    expect(run(asked, [{ type: 'host-scroll', at: 100, offset: 40, scrollY: 3000 }]).effects).toEqual([]);
    // The host confirms the offset asked for: followed, and the request is settled.
    const confirmed = run(asked, [{ type: 'host-scroll', at: 200, offset: 3000, scrollY: 3000 }]);
    expect(confirmed.effects).toEqual([{ type: 'scroll-frame', offset: 3000 }]);
    expect(confirmed.state.asked).toBeNull();
    // Past the catch-up time, the host's offset wins whatever it says.
    expect(run(asked, [{ type: 'host-scroll', at: HOST_CATCH_UP_MS + 1, offset: 40, scrollY: 3000 }]).effects).toEqual([
      { type: 'scroll-frame', offset: 40 },
    ]);
  });

  it('treats a scroll it made to match the host as no move of its own', () => {
    const matched = run(mirror, [
      { type: 'host-scroll', at: 10, offset: 500, scrollY: 0 },
      { type: 'frame-scrolled', scrollY: 500 },
    ]).state;
    expect(run(matched, [{ type: 'own-scroll', at: 20, scrollY: 500 }]).effects).toEqual([]);
  });

  it('tells the host each beat the reader reaches', () => {
    expect(run(mirror, [{ type: 'step', id: 'appeal' }]).effects).toEqual([{ type: 'post-step', id: 'appeal' }]);
  });

  it('ignores host offsets in any other layout', () => {
    expect(run(pym, [{ type: 'host-scroll', at: 10, offset: 900, scrollY: 0 }]).effects).toEqual([]);
  });
});

describe('layoutFor: one vocabulary for layouts', () => {
  it.each([
    ['window', 'sticky'],
    ['mirror', 'sticky'],
    ['pym', 'pinned'],
    ['stacked', 'inline'],
    ['pending', 'inline'],
  ] as const)('lays a %s host out %s', (mode, layout) => expect(layoutFor(mode)).toBe(layout));
});
