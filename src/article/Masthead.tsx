import type { ReactNode } from 'react';
import { formatLongDate } from '../lib/utcDate';
import { useEdition } from '../reader/EditionContext';
import { EditionSwitch } from './EditionSwitch';

/**
 * Headline, dek, credit line, date and the story's other editions; `children` (the reading controls)
 * close the header. `lead`, the story's lead graphic, stands beside them on a wide screen.
 */
export function Masthead({ children, lead }: { children?: ReactNode; lead?: ReactNode }) {
  const { meta, ui, lang } = useEdition();
  return (
    <header className={lead ? 'masthead masthead--with-lead' : 'masthead'}>
      <p className="kicker">{meta.kicker}</p>
      <h1>{meta.headline}</h1>
      <p className="dek">{meta.dek}</p>
      <p className="credit">{meta.credit}</p>
      <p className="dateline">
        {/* The dot separates on screen only: read aloud, it is one more thing said before the story. */}
        {ui.updatedPrefix} <time dateTime={meta.updated}>{formatLongDate(meta.updated, lang)}</time>
        <span aria-hidden="true"> · </span>
        {meta.coverage}
      </p>
      <EditionSwitch />
      {children}
      {/*
       * Out of the reading order and the tab order: it repeats the dek's figures, and the same chart,
       * described, comes with its beat.
       */}
      {lead && (
        <div className="masthead-lead" inert>
          {lead}
        </div>
      )}
    </header>
  );
}
