import { useCallback, useEffect, useRef, useState } from 'react';
import { isAllowedOrigin } from './allowedOrigins';
import { createMessageViewportSource, type MessageViewportSource } from '../scroll/messageViewportSource';
import { findBeat } from '../scenes/beatOrder';
import type { Beat } from '../story';
import { heightMessages, parseHostMessage, pymPositionRequest, pymScrollTo, readChildId, storyMessage } from './hostMessages';
import { reportHeight } from './reportHeight';

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

/**
 * After the host page scrolls, how long to wait for pym's position message before deciding it does
 * not track scroll: pym throttles to one message per 100 ms by default, and a busy phone is slower.
 */
const PYM_SCROLL_WAIT_MS = 1200;

/** How long, after asking the host to scroll, the story ignores host offsets that disagree. */
const HOST_CATCH_UP_MS = 800;

/** How long the story waits for a host to answer before settling on the stacked layout. */
export const HANDSHAKE_MS = 500;

/**
 * Talks to the host page: announces the story, reports its height in every dialect, mirrors the
 * host's scroll under our loader, and asks the host to scroll when the story moves itself (focus, a
 * deep link). Only messages from the frame's own parent, from an allowed origin, in the protocol, are
 * acted on; everything else is ignored without a sound.
 */
export function useHostConnection(beats: readonly Pick<Beat, 'id'>[]): { mode: HostMode; postStep: (step: string) => void; source: MessageViewportSource } {
  const framed = typeof window !== 'undefined' && window.parent !== window;
  const [mode, setMode] = useState<HostMode>(framed ? 'pending' : 'window');
  const [source] = useState(createMessageViewportSource);
  const mirrored = useRef(-1);
  const asked = useRef<{ offset: number; until: number } | null>(null);
  const lastStep = useRef<string | null>(null);
  const resumeAt = useRef<string | null>(null);
  const lastPosition = useRef(0);
  const pymRejected = useRef(false);
  const modeRef = useRef(mode);
  useEffect(() => {
    modeRef.current = mode;
  }, [mode]);

  const post = useCallback((message: unknown) => {
    try {
      window.parent.postMessage(message, '*');
    } catch {
      // A host that cannot receive messages: nothing to tell it.
    }
  }, []);

  useEffect(() => {
    if (!framed) return;
    const childId = readChildId(window.location.search);
    const heights = reportHeight((height) => heightMessages(height, childId).forEach(post));
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isAllowedOrigin(event.origin)) return;
      const message = parseHostMessage(event.data, childId);
      if (!message) return;
      if (message.kind === 'host') setMode(message.sticky ? 'mirror' : 'stacked');
      else if (message.kind === 'pym-width') heights.now();
      else if (message.kind === 'pym-position') {
        lastPosition.current = performance.now();
        source.update({ top: -message.frameTop, height: message.viewportHeight });
        // A late answer (a busy phone can miss the handshake) still upgrades the stacked layout,
        // unless this host has already shown that it does not track scroll.
        setMode((m) => (m === 'pending' || (m === 'stacked' && !pymRejected.current) ? 'pym' : m));
      }
      else if (message.kind === 'scroll' && modeRef.current === 'mirror') {
        // The story may have moved itself since the last scroll event (a deep link's scrollIntoView
        // moves at once, its scroll event follows a frame later): that move goes first, or this
        // older offset from the host would undo it.
        if (followOwnScroll()) return;
        // While the host is still catching up with a move the story asked for, its older offsets
        // would pull the story back: ignore them until it confirms, or for at most HOST_CATCH_UP_MS.
        const pending = asked.current;
        if (pending && performance.now() < pending.until && Math.abs(message.offset - pending.offset) > 1) return;
        asked.current = null;
        window.scrollTo(0, message.offset);
        // Where the frame really is: an offset past its end is clamped, and is no move of the story's.
        mirrored.current = Math.round(window.scrollY);
      }
    };
    // The story moved itself (focus, a deep link): ask the host to follow. True when it had.
    const followOwnScroll = () => {
      if (modeRef.current !== 'mirror' || Math.abs(window.scrollY - mirrored.current) <= 1) return false;
      mirrored.current = Math.round(window.scrollY);
      asked.current = { offset: mirrored.current, until: performance.now() + HOST_CATCH_UP_MS };
      post(storyMessage.scrollTo(window.scrollY));
      return true;
    };
    const onScroll = () => void followOwnScroll();
    window.addEventListener('message', onMessage);
    window.addEventListener('scroll', onScroll, { passive: true });
    post(storyMessage.hello());
    if (childId) post(pymPositionRequest(childId));
    const timer = window.setTimeout(() => setMode((m) => (m === 'pending' ? 'stacked' : m)), HANDSHAKE_MS);
    return () => {
      heights.stop();
      window.removeEventListener('message', onMessage);
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, [framed, post]);

  useEffect(() => {
    // A pym parent without scroll tracking answers the first question but never speaks again: when
    // the host scrolls (seen by an IntersectionObserver, which works across origins) and no position
    // follows, the story stacks, and asks the host to keep the reader on the same beat.
    if (mode !== 'pym') return;
    let waiting = 0;
    let seen = false;
    const watcher = new IntersectionObserver(
      () => {
        if (!seen) return void (seen = true);
        if (waiting) return;
        const asked = performance.now();
        waiting = window.setTimeout(() => {
          waiting = 0;
          if (lastPosition.current < asked) {
            pymRejected.current = true;
            resumeAt.current = lastStep.current;
            setMode('stacked');
          }
        }, PYM_SCROLL_WAIT_MS);
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    // Each beat crosses a threshold as the host scrolls through the story, however tall it is.
    document.querySelectorAll('.step').forEach((step) => watcher.observe(step));
    return () => {
      watcher.disconnect();
      window.clearTimeout(waiting);
    };
  }, [mode]);

  useEffect(() => {
    // Under our loader the frame is one screen tall and scrolls only as the host tells it: wheel
    // and touch scrolling pass through to the host page.
    document.documentElement.classList.toggle('embed-mirror', mode === 'mirror');
  }, [mode]);

  useEffect(() => {
    // Under pym the host scrolls, not the frame: bring a deep-linked beat, and anything that takes
    // focus out of view, onto the host's screen with pym's scrollToChildPos.
    const childId = readChildId(window.location.search);
    if (mode !== 'pym' || !childId) return;
    const scrollHostTo = (top: number) => post(pymScrollTo(childId, top));
    const step = new URLSearchParams(window.location.search).get('step');
    const target = findBeat(beats, step) ? document.getElementById(step as string) : null;
    if (target) scrollHostTo(target.getBoundingClientRect().top);
    const onFocusIn = (event: FocusEvent) => {
      const rect = (event.target as Element).getBoundingClientRect();
      const view = source.read();
      if (rect.top < view.top || rect.bottom > view.top + view.height) scrollHostTo(rect.top - view.height / 3);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [mode, post, source, beats]);

  useEffect(() => {
    // After falling back to the stacked layout, scroll the host back to the beat the reader was on.
    const childId = readChildId(window.location.search);
    const beat = resumeAt.current && document.getElementById(resumeAt.current);
    if (mode !== 'stacked' || !beat || !childId) return;
    resumeAt.current = null;
    post(pymScrollTo(childId, beat.getBoundingClientRect().top));
  }, [mode, post]);

  const postStep = useCallback(
    (step: string) => {
      lastStep.current = step;
      if (framed) post(storyMessage.step(step));
    },
    [framed, post],
  );
  return { mode, postStep, source };
}
