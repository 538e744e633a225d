import { useEffect, useState } from 'react';

/** A lesson timer in whole seconds that the teacher can pause and reset. */
export function useTimer(): { seconds: number; running: boolean; toggle: () => void; reset: () => void } {
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(true);
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => window.clearInterval(id);
  }, [running]);
  return { seconds, running, toggle: () => setRunning((r) => !r), reset: () => setSeconds(0) };
}

/** "mm:ss". */
export const formatClock = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
