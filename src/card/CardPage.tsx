import { useEffect, useState, type KeyboardEvent } from 'react';
import { fullStoryHref } from '../embed/fullStoryHref';
import { fill } from '../lib/fill';
import { BeatText } from '../reader/BeatText';
import { useEdition, useFurniture } from '../reader/EditionContext';
import { GraphicPanel } from '../reader/GraphicPanel';
import { SourceLinkContext, sourcesOnPage } from '../reader/SourceLinkTarget';
import { beatIndex } from '../scenes/beatOrder';
import { useWordPressHost } from './useWordPressHost';
import './card.css';

/** The beat the address opens on: `?step=verdict`, else the first. */
function firstIndex(beats: Parameters<typeof beatIndex>[0]): number {
  let step: string | null;
  try {
    step = new URLSearchParams(window.location.search).get('step');
  } catch {
    step = null;
  }
  return Math.max(0, beatIndex(beats, step));
}

/** Keys never act while the reader is in a form control. */
const inControl = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('select, input, textarea') !== null;

/**
 * The compact card a content system embeds from our oEmbed answer (`?mode=card`): the story's
 * graphic and one beat at a time, with previous and next buttons and the list of beats. Never taller
 * than WordPress's 1000 px cap from 320 to 1280 px wide: a long beat's text scrolls in its own
 * focusable box. Under WordPress it reports its height with the host's secret and asks the host to
 * follow its links (useWordPressHost).
 */
export function CardPage() {
  const { beats, meta, lang, ui } = useEdition();
  const copy = useFurniture().card;
  const [index, setIndex] = useState(() => firstIndex(beats));
  const [href] = useState(fullStoryHref);
  const [citations] = useState(() => sourcesOnPage(href));
  useWordPressHost();
  const beat = beats[index] ?? beats[0]!;
  const total = beats.length;
  const number = new Intl.NumberFormat(lang);
  const go = (to: number) => setIndex(Math.min(total - 1, Math.max(0, to)));

  useEffect(() => {
    document.documentElement.classList.add('card-mode');
    return () => document.documentElement.classList.remove('card-mode');
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || inControl(event.target)) return;
    if (event.key === 'ArrowRight') go(index + 1);
    else if (event.key === 'ArrowLeft') go(index - 1);
    else return;
    event.preventDefault();
  };

  return (
    <SourceLinkContext.Provider value={citations}>
      <div className="card" data-active-step={beat.id} onKeyDown={onKeyDown}>
        <header className="card-head">
          <p className="kicker">{meta.kicker}</p>
          <p className="card-headline">
            <a href={href} target="_blank" rel="noopener">
              {meta.headline}
            </a>
          </p>
        </header>
        <main className="card-body">
          {/* Keyed by beat: each beat's text opens at its top. */}
          <section key={beat.id} className="card-text" id={beat.id} aria-current="step" aria-labelledby="card-heading" tabIndex={0}>
            <h1 id="card-heading">{beat.heading}</h1>
            <BeatText id={beat.id} />
            <p>
              <a href={`${href}#${beat.id}`} target="_blank" rel="noopener">
                {copy.openInStory}
              </a>
            </p>
          </section>
          {/* After the beat's text in the document, above or beside it on screen (card.css): a screen reader reads the beat first. */}
          <div className="card-graphic">{beat.inlineGraphic !== false && <GraphicPanel beatId={beat.id} variant="inline" />}</div>
        </main>
        <nav className="card-nav" aria-label={copy.parts}>
          <label className="card-parts">
            <span className="visually-hidden">{copy.parts}</span>
            <select value={beat.id} onChange={(event) => go(beatIndex(beats, event.target.value))}>
              {beats.map((b, i) => (
                <option key={b.id} value={b.id}>
                  {number.format(i + 1)}. {b.title}
                </option>
              ))}
            </select>
          </label>
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard's focus at the ends. */}
          <button type="button" className="control" onClick={() => go(index - 1)} aria-disabled={index === 0}>
            ← {ui.previousBeat}
          </button>
          <p className="card-position" aria-live="polite">
            {fill(copy.position, { n: number.format(index + 1), total: number.format(total) })}
          </p>
          <button type="button" className="control" onClick={() => go(index + 1)} aria-disabled={index === total - 1}>
            {ui.nextBeat} →
          </button>
        </nav>
        <footer className="card-credit">
          <p>{meta.embedCredit}</p>
        </footer>
      </div>
    </SourceLinkContext.Provider>
  );
}
