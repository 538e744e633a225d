import { useEffect } from 'react';
import { findBeat } from '../scenes/beatOrder';
import { useEdition } from './EditionContext';

/**
 * Opens the beat a link asks for: `#verdict` (which also works with no JavaScript), or `?step=verdict`.
 * Anything else is ignored and the page opens at the top. Runs once, after the first render, so the
 * page the browser restored or scrolled to is not fought over.
 */
export function useStepDeepLink(): void {
  const { beats } = useEdition();
  useEffect(() => {
    // Beat ids are plain ASCII, so the raw fragment is compared as it is: decoding a malformed one
    // (`#%E0%A4%A`) would throw.
    const fromHash = window.location.hash.slice(1);
    const fromQuery = new URLSearchParams(window.location.search).get('step');
    const target = findBeat(beats, fromHash)?.id ?? (window.location.hash ? undefined : findBeat(beats, fromQuery)?.id);
    if (!target) return;
    const element = document.getElementById(target);
    // The browser already scrolled to a prerendered #fragment; only scroll when it could not.
    const rect = element?.getBoundingClientRect();
    if (element && rect && (rect.top < 0 || rect.top > window.innerHeight / 2)) element.scrollIntoView({ block: 'start' });
  }, [beats]);
}
