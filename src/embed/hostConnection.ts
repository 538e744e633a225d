/**
 * The embed's conversation with its host page, as a pure state machine: what the story knows of the
 * host, the events that change it, and what the story must do in answer. `useHostConnection` feeds
 * it the browser's events and carries out its effects; the table of tests beside it walks it
 * through each host (our loader, pym.js with and without scroll tracking, any other frame).
 */

/**
 * How the embedded story is laid out, decided by a handshake with the host:
 * - `pending`: waiting (at most {@link HANDSHAKE_MS}) for the host to answer; stacked meanwhile;
 * - `mirror`: our loader pins the frame and sends its scroll offset; the story scrolls to match;
 * - `pym`: a pym.js parent that tracks scroll; the frame is as tall as the story and the host's
 *   viewport, sent on every scroll, drives the scroll engine and pins the graphic;
 * - `stacked`: any other host; each beat followed by its graphic, the frame as tall as the story;
 * - `window`: the page is not in a frame at all; the ordinary scroll-driven story.
 */
export type HostMode = 'pending' | 'mirror' | 'pym' | 'stacked' | 'window';

/** How long the story waits for a host to answer before settling on the stacked layout. */
export const HANDSHAKE_MS = 500;

/**
 * Under a pym.js parent not yet seen to track scroll, how often the story asks where its frame is.
 * Every pym parent answers; one with `trackscroll` also sends its position unasked whenever the host
 * scrolls. An answer showing the frame moved, with nothing unasked since, means the parent does not
 * track scroll. The question and its answer are messages, which a frame far below the fold still
 * gets (it gets no animation frames or observer callbacks), so the story settles its layout while
 * the reader is still far away.
 */
export const PYM_POLL_MS = 400;

/** A change in the frame's place smaller than this, in px, is rounding, not a move. */
const PYM_MOVE_PX = 1;

/**
 * How many unexplained moves (answers showing the frame moved, nothing sent unasked) mean the host
 * does not track scroll. A move of half a screen or more counts for two: the host's reader jumped or
 * scrolled. A smaller one counts for one, since a layout shift above the frame (an image, an ad)
 * moves it too with no scroll at all. The story stacks at the answer after the count is reached, so
 * that a scroll message which crossed one of its questions (taken for the answer) is forgiven when
 * the real answer comes, unasked as it seems, and shows the host tracks scroll.
 */
const PYM_UNEXPLAINED_MOVES = 2;

/** How long, after asking the host to scroll, the story ignores host offsets that disagree. */
export const HOST_CATCH_UP_MS = 800;

export interface HostState {
  mode: HostMode;
  /** This pym host has shown it does not track scroll: a late position never upgrades it again. */
  pymRejected: boolean;
  /** This pym host sent a position nobody asked for: it tracks scroll. */
  pymTracking: boolean;
  /** Where the frame's top was in the host's viewport at the last answered question, in host px; null before any. */
  polledTop: number | null;
  /** Moves of the frame seen in answers with nothing sent unasked (see PYM_UNEXPLAINED_MOVES). */
  unexplainedMoves: number;
  /** Under our loader: the frame's scroll offset the story last matched, in px; -1 before any. */
  mirrored: number;
  /** The story asked the host to scroll to `offset`; until `until`, host offsets that disagree are stale. */
  asked: { offset: number; until: number } | null;
  /** The beat the reader is on, as the story last reported it. */
  lastStep: string | null;
  /** After falling back to the stacked layout: the beat to bring back onto the host's screen. */
  resumeAt: string | null;
}

export type HostEvent =
  /** Our loader answered the story's hello: it can keep a sticky frame, or it cannot. */
  | { type: 'loader-answered'; sticky: boolean }
  /** pym.js told the frame its width: the height must be reported again. */
  | { type: 'pym-width' }
  /** pym.js sent the host's viewport and the frame's place in it: asked for (`requested`), or unasked, on a host scroll. */
  | { type: 'pym-position'; frameTop: number; viewportHeight: number; requested: boolean }
  /** Our loader sent the host's scroll offset; `scrollY` is where the frame is now. */
  | { type: 'host-scroll'; at: number; offset: number; scrollY: number }
  /** The frame scrolled; `scrollY` is where it is now. */
  | { type: 'own-scroll'; at: number; scrollY: number }
  /** The frame was scrolled to match the host: where it really is (an offset past its end is clamped). */
  | { type: 'frame-scrolled'; scrollY: number }
  /** No host answered the hello in time. */
  | { type: 'handshake-timeout' }
  /** The reader reached a beat. */
  | { type: 'step'; id: string }
  /** The layout the reader is brought back to after a fallback has been drawn and the host asked. */
  | { type: 'resumed' };

export type HostEffect =
  /** Tell the host (our loader) to scroll to this offset of the story. */
  | { type: 'ask-host-scroll'; offset: number }
  /** Scroll the frame itself to match the host. */
  | { type: 'scroll-frame'; offset: number }
  /** The visible part of the story, in the frame's coordinates, for the scroll engine. */
  | { type: 'viewport'; top: number; height: number }
  | { type: 'report-height' }
  /** Tell the host which beat the reader is on. */
  | { type: 'post-step'; id: string };

export const initialHostState = (framed: boolean): HostState => ({
  mode: framed ? 'pending' : 'window',
  pymRejected: false,
  pymTracking: false,
  polledTop: null,
  unexplainedMoves: 0,
  mirrored: -1,
  asked: null,
  lastStep: null,
  resumeAt: null,
});

type Result = { state: HostState; effects: HostEffect[] };
const same = (state: HostState): Result => ({ state, effects: [] });

/** The story moved itself (focus, a deep link) under our loader: ask the host to follow. */
function followOwnScroll(state: HostState, at: number, scrollY: number): Result | null {
  if (state.mode !== 'mirror' || Math.abs(scrollY - state.mirrored) <= 1) return null;
  const offset = Math.round(scrollY);
  return {
    state: { ...state, mirrored: offset, asked: { offset, until: at + HOST_CATCH_UP_MS } },
    effects: [{ type: 'ask-host-scroll', offset: scrollY }],
  };
}

/** The next state, and what the story must do, after `event`. Pure. */
export function hostTransition(state: HostState, event: HostEvent): Result {
  switch (event.type) {
    case 'loader-answered':
      return same({ ...state, mode: event.sticky ? 'mirror' : 'stacked' });
    case 'pym-width':
      return { state, effects: [{ type: 'report-height' }] };
    case 'pym-position': {
      const effects: HostEffect[] = [{ type: 'viewport', top: -event.frameTop, height: event.viewportHeight }];
      const tracking = state.pymTracking || !event.requested;
      if (event.requested && state.mode === 'pym' && !tracking) {
        // Enough unexplained moves, and an answer since with nothing unasked: the host does not track
        // scroll. The story stacks and brings the reader back to their beat.
        if (state.unexplainedMoves >= PYM_UNEXPLAINED_MOVES)
          return { state: { ...state, mode: 'stacked', pymRejected: true, resumeAt: state.lastStep, polledTop: event.frameTop }, effects };
        const moved = state.polledTop === null ? 0 : Math.abs(event.frameTop - state.polledTop);
        const count = moved <= PYM_MOVE_PX ? 0 : moved >= event.viewportHeight / 2 ? 2 : 1;
        return { state: { ...state, polledTop: event.frameTop, unexplainedMoves: state.unexplainedMoves + count }, effects };
      }
      // A late answer (a busy phone can miss the handshake) still upgrades the stacked layout, unless
      // this host has already shown that it does not track scroll.
      const upgrade = state.mode === 'pending' || (state.mode === 'stacked' && !state.pymRejected);
      return {
        state: {
          ...state,
          pymTracking: tracking,
          polledTop: event.requested ? event.frameTop : state.polledTop,
          mode: upgrade ? 'pym' : state.mode,
        },
        effects,
      };
    }
    case 'host-scroll': {
      if (state.mode !== 'mirror') return same(state);
      // The story may have moved itself since the last scroll event (a deep link's scrollIntoView
      // moves at once, its scroll event follows a frame later): that move goes first, or this older
      // offset from the host would undo it.
      const own = followOwnScroll(state, event.at, event.scrollY);
      if (own) return own;
      // While the host is still catching up with a move the story asked for, its older offsets would
      // pull the story back: ignore them until it confirms, or for at most HOST_CATCH_UP_MS.
      const asked = state.asked;
      if (asked && event.at < asked.until && Math.abs(event.offset - asked.offset) > 1) return same(state);
      return { state: { ...state, asked: null }, effects: [{ type: 'scroll-frame', offset: event.offset }] };
    }
    case 'frame-scrolled':
      return same({ ...state, mirrored: Math.round(event.scrollY) });
    case 'own-scroll':
      return followOwnScroll(state, event.at, event.scrollY) ?? same(state);
    case 'handshake-timeout':
      return same(state.mode === 'pending' ? { ...state, mode: 'stacked' } : state);
    case 'step':
      return { state: { ...state, lastStep: event.id }, effects: state.mode === 'window' ? [] : [{ type: 'post-step', id: event.id }] };
    case 'resumed':
      return same({ ...state, resumeAt: null });
    default: {
      const unknown: never = event;
      throw new Error(`No transition for ${JSON.stringify(unknown)}`);
    }
  }
}

/** The one place a host mode becomes a story layout. */
export function layoutFor(mode: HostMode): 'sticky' | 'pinned' | 'inline' {
  switch (mode) {
    case 'mirror':
    case 'window':
      return 'sticky';
    case 'pym':
      return 'pinned';
    case 'pending':
    case 'stacked':
      return 'inline';
    default: {
      const unknown: never = mode;
      throw new Error(`No layout for ${String(unknown)}`);
    }
  }
}
