import type { MouseEvent } from 'react';
import { isOfflineFile } from '../lib/buildTarget';
import { editionHref, folderDepth } from '../lib/editionHref';
import { fill } from '../lib/fill';
import { formatLongDate } from '../lib/utcDate';
import { useEdition } from '../reader/EditionContext';

/**
 * The reader's beat: the one the address names (a shared link's `#verdict`), else the one the reader
 * is on, unless that is the first, where the other edition opens anyway.
 */
function readersBeat(): string {
  if (window.location.hash) return window.location.hash;
  const steps = [...document.querySelectorAll('section.step')];
  const current = steps.findIndex((step) => step.getAttribute('aria-current') === 'step');
  return current > 0 ? `#${steps[current]!.id}` : '';
}

/**
 * Carries the reader's place over to the other edition: the mode (`?mode=article`) and the beat,
 * which every edition names alike. Set as the link is used, not rendered, so the prerendered links
 * stay plain and the place read is the current one.
 */
function keepPlace(event: MouseEvent<HTMLAnchorElement>) {
  const link = event.currentTarget;
  const base = link.getAttribute('href')?.split(/[?#]/)[0] ?? '';
  link.setAttribute('href', `${base}${window.location.search}${readersBeat()}`);
}

/**
 * The story's other editions, each named in its own language, and, in a translation, the note that
 * it is one and when it was last checked against the English original. Offered, never forced: no
 * page redirects a reader by their browser's language. Nothing for a story in one language; in the
 * offline file, which has no other edition beside it, the note alone.
 */
export function EditionSwitch() {
  const { editions, lang, ui, translationChecked } = useEdition();
  if (editions.length < 2) return null;
  const note = translationChecked && fill(ui.translationNote, { date: formatLongDate(translationChecked, lang) });
  if (isOfflineFile) return note ? <p className="translation-note">{note}</p> : null;
  const here = editions.find((edition) => edition.lang === lang);
  const depth = folderDepth(here?.dir ?? '');
  const original = editions[0]!;
  return (
    <>
      <nav className="edition-switch" aria-label={ui.languagesLabel}>
        <ul>
          {editions.map((edition) => (
            <li key={edition.lang}>
              {edition.lang === lang ? (
                <span lang={edition.lang} aria-current="page">
                  {edition.name}
                </span>
              ) : (
                <a
                  href={editionHref(edition.dir, depth)}
                  lang={edition.lang}
                  hrefLang={edition.lang}
                  onClick={keepPlace}
                  onAuxClick={keepPlace}
                  onContextMenu={keepPlace}
                >
                  {edition.name}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {translationChecked && (
        <p className="translation-note">
          {note}{' '}
          <a
            href={editionHref(original.dir, depth)}
            hrefLang={original.lang}
            onClick={keepPlace}
            onAuxClick={keepPlace}
            onContextMenu={keepPlace}
          >
            {ui.readOriginal}
          </a>
        </p>
      )}
    </>
  );
}
