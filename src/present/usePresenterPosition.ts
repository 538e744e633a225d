import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  arriveAt,
  askedIndex,
  indexFromHash,
  nextPosition,
  previousPosition,
  type PresenterBeat,
  type PresenterPosition,
} from './presenterPosition';

/** A move this soon after the last (ms) is skipping ahead: the slide's graphic changes at once. */
export const SKIPPING_MS = 1000;

/**
 * The presenter's position, kept in the URL: the hash follows the beat the presenter stops on
 * (`#verdict`), so a reload or a shared link keeps the place, and the browser's back and forward move
 * between those beats. The moves themselves are pure functions (`presenterPosition.ts`); this hook
 * holds the state and the URL. An unknown beat leaves the position where it was and returns a short
 * message saying so.
 *
 * Each move is a transition, the message it clears included (an update outside it would render the
 * page once more, at once, inside the key's own task): React renders in slices between frames, and
 * a clicker pressed several times in a row does not render each step in full. A move within a
 * second of the last one is skipping ahead: the graphic changes at once, without its glide.
 */
export function usePresenterPosition(beats: readonly PresenterBeat[]): {
  position: PresenterPosition;
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
  message: string | null;
  askFor: (asked: string) => boolean;
  /** Takes a position from the other presenter window. */
  apply: (position: PresenterPosition) => void;
  /**
   * Whether the last move came within {@link SKIPPING_MS} of the one before: the presenter is skipping
   * ahead. Asked when a change is drawn; the answer is not state, so a change of pace renders nothing.
   */
  isSkipping: () => boolean;
} {
  // Presenter mode renders in the browser only, so the first position can come straight from the URL.
  const [opening] = useState(() => (typeof window === 'undefined' ? null : indexFromHash(beats, window.location.hash)));
  const [position, setPosition] = useState<PresenterPosition>(() => arriveAt(beats, opening && 'index' in opening ? opening.index : 0));
  const [message, setMessage] = useState<string | null>(opening && 'unknown' in opening ? opening.unknown : null);
  const skipping = useRef(false);
  const lastMove = useRef(-Infinity);
  /** Notes the time of a move by key, clicker or button, and whether it follows the last closely. */
  const move = useCallback(() => {
    const now = performance.now();
    skipping.current = now - lastMove.current < SKIPPING_MS;
    lastMove.current = now;
  }, []);

  useEffect(() => {
    const follow = () => {
      const target = indexFromHash(beats, window.location.hash);
      if (target && 'index' in target) {
        startTransition(() => setPosition((p) => (p.index === target.index ? p : arriveAt(beats, target.index))));
        setMessage(null);
      } else if (target) setMessage(target.unknown);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [beats]);

  const first = useRef(true);
  useEffect(() => {
    const id = beats[position.index]?.id;
    const known = indexFromHash(beats, window.location.hash);
    // The opening beat replaces an empty or unknown fragment.
    if (first.current) {
      first.current = false;
      if (id && !(known && 'index' in known))
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${id}`);
      return;
    }
    if (!id || window.location.hash === `#${id}`) return;
    // Every later beat the presenter stops on is a history entry, once the presses pause: slides
    // skipped past are not places to go back to, and a new address costs each press a same-document
    // navigation (and the browser fetching the page's icon again), several milliseconds a frame lacks.
    const stopped = window.setTimeout(() => {
      if (window.location.hash !== `#${id}`) window.history.pushState(null, '', `#${id}`);
    }, SKIPPING_MS);
    return () => window.clearTimeout(stopped);
  }, [beats, position.index]);

  const goTo = useCallback(
    (index: number) => {
      startTransition(() => {
        move();
        setPosition(arriveAt(beats, index));
        setMessage(null);
      });
    },
    [beats, move],
  );
  const next = useCallback(() => {
    startTransition(() => {
      move();
      setPosition((p) => nextPosition(beats, p));
      setMessage(null);
    });
  }, [beats, move]);
  const previous = useCallback(() => {
    startTransition(() => {
      move();
      setPosition((p) => previousPosition(beats, p));
      setMessage(null);
    });
  }, [beats, move]);
  /** Goes to a beat named by number (1-based) or id; false, with a message, when there is none. */
  const askFor = useCallback(
    (asked: string) => {
      const index = askedIndex(beats, asked);
      if (index < 0) {
        setMessage(asked.trim());
        return false;
      }
      goTo(index);
      return true;
    },
    [beats, goTo],
  );
  const apply = useCallback((p: PresenterPosition) => {
    startTransition(() => setPosition((current) => (current.index === p.index && current.reveal === p.reveal ? current : p)));
    setMessage(null);
  }, []);
  const isSkipping = useCallback(() => skipping.current, []);
  return { position, next, previous, goTo, message, askFor, apply, isSkipping };
}
