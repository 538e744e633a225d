import type { ReactNode } from 'react';
import { formatLongDate } from '../lib/utcDate';
import { useEdition } from '../reader/EditionContext';
import { uiCopy } from '../story/uiCopy';

/** Headline, dek, credit line and date; `children` (the reading controls) close the header. */
export function Masthead({ children }: { children?: ReactNode }) {
  const { meta } = useEdition();
  return (
    <header className="masthead">
      <p className="kicker">{meta.kicker}</p>
      <h1>{meta.headline}</h1>
      <p className="dek">{meta.dek}</p>
      <p className="credit">{meta.credit}</p>
      <p className="dateline">
        {uiCopy.updatedPrefix} <time dateTime={meta.updated}>{formatLongDate(meta.updated)}</time> · {meta.coverage}
      </p>
      {children}
    </header>
  );
}
