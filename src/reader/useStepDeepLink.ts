import { useEffect, useState } from 'react';
import { findBeat } from '../scenes/beatOrder';
import type { ViewportSource } from '../scroll/viewportSource';
import { useEdition } from './EditionContext';

/** How far, in px, the linked beat may move before the reader counts as having scrolled away. */
const MOVED = 2;

/**
 * Opens the beat a link asks for: `#verdict` (which also works with no JavaScript), or `?step=verdict`.
 * Anything else is ignored and the page opens at the top. Runs once, after the first render, so the
 * page the browser restored or scrolled to is not fought over.
 *
 * Returns the linked beat's id until the reader moves the page, then null. The story shows that beat
 * meanwhile, whatever the trigger line says: on a very tall screen a short beat brought to the top
 * leaves the next one's top above the middle, and a link must still show the beat it names.
 */
export function useStepDeepLink(source: ViewportSource): string | null {
  const { beats } = useEdition();
  const [linked, setLinked] = useState<string | null>(null);
  useEffect(() => {
    // Beat ids are plain ASCII, so the raw fragment is compared as it is: decoding a malformed one
    // (`#%E0%A4%A`) would throw.
    const fromHash = window.location.hash.slice(1);
    const fromQuery = new URLSearchParams(window.location.search).get('step');
    const target = findBeat(beats, fromHash)?.id ?? (window.location.hash ? undefined : findBeat(beats, fromQuery)?.id);
    const element = target ? document.getElementById(target) : null;
    if (!target || !element) return;
    // The browser already scrolled to a prerendered #fragment; only scroll when it could not.
    const rect = element.getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight / 2) element.scrollIntoView({ block: 'start' });
    // Where the beat sits on screen once the scroll has landed; the first move of the page releases it.
    let settled: number | null = null;
    const offset = () => element.getBoundingClientRect().top - source.read().top;
    const frame = requestAnimationFrame(() => {
      settled = offset();
      setLinked(target);
    });
    const unsubscribe = source.subscribe(() => {
      if (settled === null || Math.abs(offset() - settled) <= MOVED) return;
      setLinked(null);
      unsubscribe();
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [beats, source]);
  return linked;
}
