import { useSyncExternalStore } from 'react';

/**
 * The reader's in-page "reduce motion" choice, on top of the operating system's setting: one motion
 * policy for the page. Remembered in localStorage where the browser allows it; where storage throws
 * (sandboxed frames, private modes) the choice lasts for the visit.
 */
const STORAGE_KEY = 'khamroyev-explainer:reduce-motion';
const listeners = new Set<() => void>();
let reduce = readStored();

function readStored(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Sets the in-page choice and tells every subscriber. */
export function setReduceMotion(value: boolean): void {
  reduce = value;
  try {
    localStorage.setItem(STORAGE_KEY, String(value));
  } catch {
    // Storage unavailable: keep the choice in memory only.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when the reader asked this page to reduce motion. False on the server and during hydration. */
export function useReduceMotionChoice(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => reduce,
    () => false,
  );
}

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/**
 * One MediaQueryList for the page's life. Every animated mark of a chart asks on each render, and
 * React asks again as it commits: a new list per ask, evaluated afresh, was a sixth of the render
 * of a beat change in profiles. A list's `matches` follows the system as it changes.
 */
let systemQuery: MediaQueryList | null = null;
const systemPreference = (): MediaQueryList => (systemQuery ??= window.matchMedia(REDUCED_MOTION_QUERY));

function subscribeToSystem(listener: () => void): () => void {
  const query = systemPreference();
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/**
 * True when motion should be reduced: the operating system asks for it, or the reader pressed the
 * page's own button. False on the server and during hydration, so the first render matches the HTML.
 */
export function useReducedMotion(): boolean {
  const choice = useReduceMotionChoice();
  const system = useSyncExternalStore(
    subscribeToSystem,
    () => systemPreference().matches,
    () => false,
  );
  return choice || system;
}
