import { useCallback, useEffect, useRef, useState } from 'react';
import { findBeat } from '../scenes/beatOrder';
import { createMessageViewportSource, type MessageViewportSource } from '../scroll/messageViewportSource';
import type { Beat } from '../story';
import { isAllowedOrigin } from './allowedOrigins';
import {
  HANDSHAKE_MS,
  hostTransition,
  initialHostState,
  PYM_POLL_MS,
  type HostEvent,
  type HostMode,
  type HostState,
} from './hostConnection';
import { heightMessages, parseHostMessage, pymPositionRequest, pymScrollTo, readChildId, storyMessage } from './hostMessages';
import { postToParent as post } from './postToParent';
import { reportHeight } from './reportHeight';

export type { HostMode };

/**
 * Subscribes the story to its host page: the browser's events go through `hostTransition`
 * (hostConnection.ts), whose effects are carried out here. Announces the story, reports its height
 * in every dialect, mirrors the host's scroll under our loader, and asks the host to scroll when the
 * story moves itself. Only messages from the frame's own parent, from an allowed origin, in the
 * protocol, are acted on; everything else is ignored without a sound.
 */
export function useHostConnection(beats: readonly Pick<Beat, 'id'>[]): {
  mode: HostMode;
  postStep: (step: string) => void;
  source: MessageViewportSource;
} {
  const framed = typeof window !== 'undefined' && window.parent !== window;
  const [source] = useState(createMessageViewportSource);
  const [initial] = useState(() => initialHostState(framed));
  const state = useRef<HostState>(initial);
  const [mode, setMode] = useState<HostMode>(initial.mode);
  const [childId] = useState(() => (typeof window === 'undefined' ? null : readChildId(window.location.search)));
  const heights = useRef<ReturnType<typeof reportHeight> | null>(null);
  /** Position questions to pym still waiting for their answers: while there are any, the next position is an answer. */
  const asked = useRef(0);

  /**
   * Applies an event: the new state, its effects carried out, the mode rendered when it changed. An
   * effect that scrolls the frame reports where the frame really went as the next event.
   */
  const dispatch = useCallback(
    (first: HostEvent) => {
      const before = state.current;
      const queue = [first];
      for (let event = queue.shift(); event; event = queue.shift()) {
        const result = hostTransition(state.current, event);
        state.current = result.state;
        for (const effect of result.effects) {
          if (effect.type === 'ask-host-scroll') post(storyMessage.scrollTo(effect.offset));
          else if (effect.type === 'viewport') source.update({ top: effect.top, height: effect.height });
          else if (effect.type === 'report-height') heights.current?.now();
          else if (effect.type === 'post-step') post(storyMessage.step(effect.id));
          else if (effect.type === 'scroll-frame') {
            window.scrollTo(0, effect.offset);
            queue.push({ type: 'frame-scrolled', scrollY: window.scrollY });
          }
        }
      }
      if (state.current.mode !== before.mode) setMode(state.current.mode);
    },
    [source],
  );

  useEffect(() => {
    if (!framed) return;
    const id = childId;
    heights.current = reportHeight((height) => heightMessages(height, id).forEach(post));
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isAllowedOrigin(event.origin)) return;
      const message = parseHostMessage(event.data, id);
      if (!message) return;
      const at = performance.now();
      if (message.kind === 'host') dispatch({ type: 'loader-answered', sticky: message.sticky });
      else if (message.kind === 'pym-width') dispatch({ type: 'pym-width' });
      else if (message.kind === 'pym-position') {
        const requested = asked.current > 0;
        if (requested) asked.current -= 1;
        dispatch({ type: 'pym-position', frameTop: message.frameTop, viewportHeight: message.viewportHeight, requested });
      } else dispatch({ type: 'host-scroll', at, offset: message.offset, scrollY: window.scrollY });
    };
    const onScroll = () => dispatch({ type: 'own-scroll', at: performance.now(), scrollY: window.scrollY });
    window.addEventListener('message', onMessage);
    window.addEventListener('scroll', onScroll, { passive: true });
    post(storyMessage.hello());
    if (id) {
      asked.current += 1;
      post(pymPositionRequest(id));
    }
    const timer = window.setTimeout(() => dispatch({ type: 'handshake-timeout' }), HANDSHAKE_MS);
    return () => {
      heights.current?.stop();
      heights.current = null;
      window.removeEventListener('message', onMessage);
      window.removeEventListener('scroll', onScroll);
      window.clearTimeout(timer);
    };
  }, [framed, childId, dispatch]);

  useEffect(() => {
    // Under a pym parent not yet seen to track scroll, ask where the frame is every so often: an
    // answer showing it moved, with nothing sent unasked, settles on the stacked layout (hostTransition).
    const id = childId;
    if (mode !== 'pym' || !id) return;
    const timer = window.setInterval(() => {
      if (state.current.pymTracking) return window.clearInterval(timer);
      // A busy host still owes an answer: no second question on top of it.
      if (asked.current > 0) return;
      asked.current += 1;
      post(pymPositionRequest(id));
    }, PYM_POLL_MS);
    return () => window.clearInterval(timer);
  }, [mode, childId]);

  useEffect(() => {
    // Under our loader the frame is one screen tall and scrolls only as the host tells it: wheel
    // and touch scrolling pass through to the host page.
    document.documentElement.classList.toggle('embed-mirror', mode === 'mirror');
  }, [mode]);

  useEffect(() => {
    // Under pym the host scrolls, not the frame: bring a deep-linked beat, and anything that takes
    // focus out of view, onto the host's screen with pym's scrollToChildPos.
    const id = childId;
    if (mode !== 'pym' || !id) return;
    const scrollHostTo = (top: number) => post(pymScrollTo(id, top));
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
  }, [mode, childId, source, beats]);

  useEffect(() => {
    // Once the stacked layout a fallback chose is drawn, scroll the host back to the reader's beat.
    const id = childId;
    const resumeAt = state.current.resumeAt;
    const beat = resumeAt && document.getElementById(resumeAt);
    if (mode !== 'stacked' || !beat || !id) return;
    dispatch({ type: 'resumed' });
    post(pymScrollTo(id, beat.getBoundingClientRect().top));
  }, [mode, childId, dispatch]);

  const postStep = useCallback((step: string) => dispatch({ type: 'step', id: step }), [dispatch]);
  return { mode, postStep, source };
}
