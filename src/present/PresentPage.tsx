import { startTransition, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useEdition, useFurniture } from '../reader/EditionContext';
import { fullReveal } from '../scenes/graphicFor';
import { fill } from '../lib/fill';
import { COMMANDS, commandFor, keyLabel, type CommandId } from './commands';
import { unknownBeatNotice } from './unknownBeatNotice';
import { usePresenterPosition } from './usePresenterPosition';
import { usePresenterSync } from './usePresenterSync';
import { Slide } from './Slide';
import { useSlideInView } from './useSlideInView';

import './present.css';

/**
 * The notes window's address: this page in notes mode, on the beat on screen (named here, not taken
 * from this page's address, which follows only once the presses pause).
 */
const notesHref = (beatId: string) => {
  const params = new URLSearchParams(window.location.search);
  params.set('mode', 'notes');
  return `?${params.toString()}#${beatId}`;
};

type Overlay = 'none' | 'help' | 'overview' | 'goto';

/** Keys never act while the reader types in a field. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/**
 * Classroom mode (`?mode=present`): one beat per screen in large type with its graphic, a counter
 * and a clickable progress strip, driven by the keymap teachers know from reveal.js. Keys act only
 * on this page, never in a text field; the verdict's chart is revealed in three presses.
 */
export function PresentPage() {
  const { beats, lang } = useEdition();
  const { present: presentCopy, notes: notesCopy } = useFurniture();
  const number = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  const { position, next, previous, goTo, message, askFor, apply, isSkipping } = usePresenterPosition(beats);
  const [overlay, setOverlay] = useState<Overlay>('none');
  const notesWindow = useRef<Window | null>(null);
  const [notesBlocked, setNotesBlocked] = useState(false);
  usePresenterSync(position, apply, beats, () => notesWindow.current);
  const [blackout, setBlackout] = useState(false);
  const overlayRef = useRef<HTMLDivElement>(null);
  const total = beats.length;
  const beat = beats[position.index] ?? beats[0]!;
  // The first render draws the slide on screen alone, as quickly as one slide can be; the others
  // are drawn just after, in a transition React slices between frames, before the first press.
  const [drawnAll, setDrawnAll] = useState(false);
  useEffect(() => startTransition(() => setDrawnAll(true)), []);
  const deckRef = useSlideInView(position.index, drawnAll);

  useEffect(() => {
    const run: Record<CommandId, () => void> = {
      next,
      previous,
      first: () => goTo(0),
      last: () => goTo(total - 1),
      blackout: () => setBlackout((b) => !b),
      fullscreen: () => {
        if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
        else void document.documentElement.requestFullscreen?.().catch(() => {});
      },
      overview: () => setOverlay((o) => (o === 'none' ? 'overview' : 'none')),
      goto: () => setOverlay('goto'),
      notes: () => {
        notesWindow.current = window.open(notesHref(beat.id), 'khamroyev-notes', 'popup,width=1100,height=720');
        setNotesBlocked(notesWindow.current === null);
      },
      help: () => setOverlay((o) => (o === 'help' ? 'none' : 'help')),
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // A focused widget that used the key (the timeline's arrows) keeps it.
      if (event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
        if (event.key === 'Escape') setOverlay('none');
        return;
      }
      const command = commandFor(event);
      if (!command) return;
      // With an overlay open, only closing it (Esc, or its own key) acts.
      if (overlay !== 'none' && !(command === 'overview' || command === overlay)) return;
      if (overlay !== 'none') {
        event.preventDefault();
        setOverlay('none');
        return;
      }
      if (blackout && command !== 'blackout') return;
      event.preventDefault();
      run[command]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [next, previous, goTo, total, overlay, blackout, beat.id]);

  useEffect(() => {
    if (overlay !== 'none') overlayRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [overlay]);

  const onGoto = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('beat');
    if (typeof value === 'string' && askFor(value)) setOverlay('none');
  };
  // A slow reveal holds back the slide's text too until its last step: the heading and text would give the figures away.
  const withheld = position.reveal < fullReveal(beat);

  return (
    <div className="present" data-active-step={beat.id}>
      <main className="present-deck" aria-label={presentCopy.label} ref={deckRef}>
        {beats.map((b, i) => {
          const current = i === position.index;
          // A slide not drawn yet keeps its place.
          if (!current && !drawnAll) return <div key={b.id} className="present-slide" />;
          // A slide waits as a press will reach it: the ones ahead at their first step, the ones behind whole.
          const reveal = current ? position.reveal : i < position.index ? fullReveal(b) : 0;
          return <Slide key={b.id} beat={b} reveal={reveal} current={current} skipping={isSkipping} />;
        })}
      </main>
      <footer className="present-bar">
        <p className="present-counter">
          {fill(presentCopy.counter, { n: number.format(position.index + 1), total: number.format(total) })}
        </p>
        <nav aria-label={presentCopy.progressLabel}>
          <ol className="present-progress">
            {beats.map((b, i) => (
              <li key={b.id}>
                <button
                  type="button"
                  aria-current={i === position.index ? 'step' : undefined}
                  aria-label={`${i + 1}. ${b.title}`}
                  onClick={() => goTo(i)}
                />
              </li>
            ))}
          </ol>
        </nav>
      </footer>
      <p className="visually-hidden" aria-live="polite">
        {withheld
          ? presentCopy.revealAnnouncement[position.reveal]
          : fill(presentCopy.slideAnnouncement, { n: number.format(position.index + 1), total: number.format(total), title: beat.title })}
      </p>
      {notesBlocked && (
        <p className="present-message" role="alert">
          {notesCopy.blocked}{' '}
          <a href={notesHref(beat.id)} target="_blank" rel="opener" onClick={() => setNotesBlocked(false)}>
            {notesCopy.openByHand}
          </a>
        </p>
      )}
      {message && (
        <p className="present-message" role="status">
          {unknownBeatNotice(presentCopy.unknownBeat, message, beat.title)}
        </p>
      )}
      {overlay !== 'none' && (
        <div className="present-overlay" role="dialog" aria-modal="true" aria-labelledby="present-overlay-title" ref={overlayRef}>
          {overlay === 'help' && (
            <>
              <h2 id="present-overlay-title">{presentCopy.helpTitle}</h2>
              <dl className="present-help">
                {COMMANDS.map((command) => (
                  <div key={command.id}>
                    <dt>{command.keys.map(keyLabel).join(', ')}</dt>
                    <dd>{presentCopy.commands[command.id]}</dd>
                  </div>
                ))}
              </dl>
              <p className="present-help-kit">
                <a href="?mode=lesson">{presentCopy.teacherKit}</a>
              </p>
            </>
          )}
          {overlay === 'overview' && (
            <>
              <h2 id="present-overlay-title">{presentCopy.overviewTitle}</h2>
              <ol className="present-overview">
                {beats.map((b, i) => (
                  <li key={b.id}>
                    <button
                      type="button"
                      aria-current={i === position.index ? 'step' : undefined}
                      onClick={() => (goTo(i), setOverlay('none'))}
                    >
                      <span className="present-overview-number">{i + 1}</span> {b.title}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
          {overlay === 'goto' && (
            <form onSubmit={onGoto}>
              <h2 id="present-overlay-title">{presentCopy.commands.goto}</h2>
              <label htmlFor="present-goto">{presentCopy.gotoLabel}</label>
              <input id="present-goto" name="beat" autoComplete="off" />
              <button type="submit">{presentCopy.gotoButton}</button>
            </form>
          )}
          <button type="button" className="present-close" onClick={() => setOverlay('none')}>
            {presentCopy.close}
          </button>
        </div>
      )}
      {blackout && (
        <div className="present-blackout" role="status">
          <span className="visually-hidden">{presentCopy.blackout}</span>
        </div>
      )}
    </div>
  );
}
