import { useCallback, useEffect, useRef, useState } from 'react';
import { BEAT_IDS, isBeatId } from '../story';

/** The beat whose graphic is revealed slowly in class: bars, then figures, then the takeaway. */
export const SLOW_REVEAL_BEAT = 'verdict';
const FULL = 2;

/** Where the presentation is: the beat, and for the slow-reveal beat, how much is shown (0–2). */
export interface PresenterPosition {
  index: number;
  reveal: 0 | 1 | 2;
}

/** Reads `#verdict`; null for an empty fragment, the fragment's text for an unknown one. */
function fromHash(): { index: number } | { unknown: string } | null {
  const raw = window.location.hash.slice(1);
  if (!raw) return null;
  return isBeatId(raw) ? { index: BEAT_IDS.indexOf(raw) } : { unknown: raw };
}

/**
 * The presenter's position, kept in the URL: the hash follows the beat (`#verdict`), so a reload or a
 * shared link keeps the place, and the browser's back and forward move between beats. An unknown
 * beat leaves the position where it was and returns a short message saying so.
 */
export function usePresenterPosition(): {
  position: PresenterPosition;
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
  message: string | null;
  askFor: (asked: string) => boolean;
  /** Takes a position from the other presenter window. */
  apply: (position: PresenterPosition) => void;
} {
  // Presenter mode renders in the browser only, so the first position can come straight from the URL.
  const [position, setPosition] = useState<PresenterPosition>(() => {
    const target = typeof window === 'undefined' ? null : fromHash();
    return { index: target && 'index' in target ? target.index : 0, reveal: FULL };
  });
  const [message, setMessage] = useState<string | null>(() => {
    const target = typeof window === 'undefined' ? null : fromHash();
    return target && 'unknown' in target ? target.unknown : null;
  });

  useEffect(() => {
    const follow = () => {
      const target = fromHash();
      if (target && 'index' in target) {
        setPosition({ index: target.index, reveal: FULL });
        setMessage(null);
      } else if (target) setMessage(target.unknown);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const first = useRef(true);
  useEffect(() => {
    const id = BEAT_IDS[position.index];
    const known = fromHash();
    // The opening beat replaces an empty or unknown fragment; every later move is a history entry.
    if (first.current) {
      first.current = false;
      if (id && !(known && 'index' in known)) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${id}`);
      return;
    }
    if (id && window.location.hash !== `#${id}`) window.history.pushState(null, '', `#${id}`);
  }, [position.index]);

  const goTo = useCallback((index: number) => {
    const clamped = Math.min(BEAT_IDS.length - 1, Math.max(0, index));
    setPosition({ index: clamped, reveal: BEAT_IDS[clamped] === SLOW_REVEAL_BEAT ? 0 : FULL });
    setMessage(null);
  }, []);
  const next = useCallback(() => {
    setPosition((p) => {
      if (BEAT_IDS[p.index] === SLOW_REVEAL_BEAT && p.reveal < FULL) return { index: p.index, reveal: (p.reveal + 1) as 1 | 2 };
      const index = Math.min(BEAT_IDS.length - 1, p.index + 1);
      return { index, reveal: index !== p.index && BEAT_IDS[index] === SLOW_REVEAL_BEAT ? 0 : p.index === index ? p.reveal : FULL };
    });
    setMessage(null);
  }, []);
  const previous = useCallback(() => {
    setPosition((p) => ({ index: Math.max(0, p.index - 1), reveal: FULL }));
    setMessage(null);
  }, []);
  /** Goes to a beat named by number (1-based) or id; false, with a message, when there is none. */
  const askFor = useCallback(
    (asked: string) => {
      const text = asked.trim();
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      const index = Number.isInteger(number) && number >= 1 && number <= BEAT_IDS.length ? number - 1 : isBeatId(text) ? BEAT_IDS.indexOf(text) : -1;
      if (index < 0) {
        setMessage(text);
        return false;
      }
      goTo(index);
      return true;
    },
    [goTo],
  );
  const apply = useCallback((p: PresenterPosition) => {
    setPosition((current) => (current.index === p.index && current.reveal === p.reveal ? current : p));
    setMessage(null);
  }, []);
  return { position, next, previous, goTo, message, askFor, apply };
}
