import { useEffect, type RefObject } from 'react';
import { oncePerFrame } from '../lib/oncePerFrame';
import type { ViewportSource } from '../scroll/viewportSource';

/**
 * Keeps the graphic pinned to the top of the visible part of a frame that cannot scroll itself (a
 * pym.js host makes the frame as tall as the story and scrolls around it, so CSS sticky has nothing
 * to stick to). The host's viewport comes from `source`; the graphic moves by transform only, once
 * per animation frame, and is sized to the host's viewport through `--host-vh`.
 *
 * The size is set as soon as the host speaks, not on the next frame: a frame far below the host's
 * fold gets no animation frames, and until `--host-vh` is set the graphic would take the frame's own
 * height, which under pym is the story's: the story would grow, report it, and grow again.
 */
export function usePinnedGraphic(
  rootRef: RefObject<HTMLElement | null>,
  graphicRef: RefObject<HTMLElement | null>,
  source: ViewportSource,
  enabled: boolean,
): void {
  useEffect(() => {
    const root = rootRef.current;
    if (!enabled || !root) return;
    const size = () => root.style.setProperty('--host-vh', `${Math.round(source.read().height)}px`);
    const place = () => {
      const graphic = graphicRef.current;
      if (!graphic) return;
      const viewport = source.read();
      const top = root.getBoundingClientRect().top;
      const room = root.getBoundingClientRect().height - graphic.getBoundingClientRect().height;
      const offset = Math.min(Math.max(0, viewport.top - top), Math.max(0, room));
      graphic.style.transform = `translateY(${Math.round(offset)}px)`;
    };
    const { wake, cancel } = oncePerFrame(place);
    const unsubscribe = source.subscribe(() => {
      size();
      wake();
    });
    const observer = new ResizeObserver(wake);
    observer.observe(root);
    size();
    wake();
    return () => {
      unsubscribe();
      observer.disconnect();
      cancel();
    };
  }, [rootRef, graphicRef, source, enabled]);
}
