import { Suspense, useEffect } from 'react';
import { useEdition, useFurniture, useLoaded } from '../reader/EditionContext';
import type { StoryKit } from '../story';
import { fill } from '../lib/fill';
import { commandFor } from './commands';
import { usePresenterPosition } from './usePresenterPosition';
import { usePresenterSync } from './usePresenterSync';
import { formatClock, useTimer } from './useTimer';
import './present.css';

/** The teacher's note on a beat, from the kit, which loads on demand. */
function TeacherNote({ beatId, load }: { beatId: string; load: () => Promise<StoryKit> }) {
  return <p className="notes-text">{useLoaded(load).teacherNotes[beatId]}</p>;
}

/**
 * The presenter's second window (`?mode=notes`, opened with S): the current beat, the next one, the
 * teacher's notes and a timer. It follows the slides and drives them: next and previous work here too.
 */
export function NotesPage() {
  const { beats, load, lang } = useEdition();
  const { present: presentCopy, notes: notesCopy } = useFurniture();
  const number = new Intl.NumberFormat(lang);
  const { position, next, previous, goTo, apply } = usePresenterPosition(beats);
  usePresenterSync(position, apply, beats, () => window.opener as Window | null);
  const timer = useTimer();
  const beat = beats[position.index] ?? beats[0]!;
  const following = beats[position.index + 1];

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('button, input')) return;
      const command = commandFor(event);
      const run = { next, previous, first: () => goTo(0), last: () => goTo(beats.length - 1) } as const;
      if (command && command in run) {
        event.preventDefault();
        run[command as keyof typeof run]();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [next, previous, goTo, beats.length]);

  return (
    <main className="present notes" aria-label={notesCopy.label} data-active-step={beat.id}>
      <h1 className="visually-hidden">{notesCopy.label}</h1>
      <div className="notes-grid">
        <section aria-labelledby="notes-current">
          <h2 id="notes-current">
            {notesCopy.current} · {fill(presentCopy.counter, { n: number.format(position.index + 1), total: number.format(beats.length) })}
          </h2>
          <p className="notes-title">{beat.heading}</p>
          <h2>{notesCopy.notes}</h2>
          {load.kit && (
            <Suspense fallback={null}>
              <TeacherNote beatId={beat.id} load={load.kit} />
            </Suspense>
          )}
        </section>
        <section aria-labelledby="notes-next">
          <h2 id="notes-next">{notesCopy.next}</h2>
          <p className="notes-title">{following ? following.heading : notesCopy.end}</p>
          <h2>{notesCopy.timer}</h2>
          <p className="notes-clock" role="timer" aria-live="off">
            {formatClock(timer.seconds)}
          </p>
          <button type="button" className="notes-button" onClick={timer.toggle}>
            {timer.running ? notesCopy.pause : notesCopy.resume}
          </button>{' '}
          <button type="button" className="notes-button" onClick={timer.reset}>
            {notesCopy.reset}
          </button>
        </section>
      </div>
    </main>
  );
}
