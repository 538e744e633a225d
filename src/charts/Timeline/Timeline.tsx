import { memo, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { clamp } from '../../lib/clamp';
import { useHasHydrated } from '../shared/useHasHydrated';
import { DETAILS_GAP, DETAILS_WIDTH, PICK_DISTANCE } from './layout';
import { timelineLayout } from './timelineLayout';
import { TimelineSvg } from './TimelineSvg';
import type { TimelineDatum, TimelineState, TimelineText } from './types';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  data: readonly TimelineDatum[];
  state: TimelineState;
  /** Size in CSS px. */
  width: number;
  height: number;
  text: TimelineText;
}

/**
 * The timeline as readers use it: the drawing, the same events as an ordered list of `<time>`s for
 * assistive technology, and one tab stop from which ←/→, Home and End move between the events in
 * view, each showing its details (as hovering a mark does), dismissed with Esc. Keys act only while
 * the timeline has focus; everywhere else arrows and Space scroll the page as usual. Memoised: a
 * beat change that leaves its state as it was (the timeline held behind the sentence chart) skips it.
 */
export const Timeline = memo(function Timeline({ data, state, width, height, text }: TimelineProps) {
  const layout = useMemo(() => timelineLayout(data, state, { width, height }), [data, state, width, height]);
  const inView = useMemo(() => {
    const marks = new Map(layout.marks.map((m) => [m.id, m]));
    return data
      .filter((d) => marks.get(d.id)?.inView)
      .map((d) => {
        const mark = marks.get(d.id)!;
        return { datum: d, x: mark.cx, y: mark.cy, focus: mark.emphasis === 'focus' };
      });
  }, [data, layout]);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const uid = useId();
  const picked = inView.find((e) => e.datum.id === pickedId) ?? null;
  const hydrated = useHasHydrated();

  const pickIndex = (index: number) => {
    const event = inView[clamp(index, 0, inView.length - 1)];
    if (event) {
      setPickedId(event.datum.id);
      setOpen(true);
    }
  };
  const current = picked ? inView.indexOf(picked) : -1;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: inView.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      pickIndex(moves[event.key]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const onFocus = () => {
    setFocused(true);
    if (!picked)
      pickIndex(
        Math.max(
          0,
          inView.findIndex((e) => e.focus),
        ),
      );
    else setOpen(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    let nearest: (typeof inView)[number] | null = null;
    for (const e of inView)
      if (Math.abs(e.x - px) <= PICK_DISTANCE && (!nearest || Math.abs(e.x - px) < Math.abs(nearest.x - px))) nearest = e;
    if (nearest) {
      setPickedId(nearest.datum.id);
      setOpen(true);
    } else if (!focused) setOpen(false);
  };

  const details = open && picked ? picked : null;
  const detailsLeft = details ? clamp(details.x - DETAILS_WIDTH / 2, 0, Math.max(0, width - DETAILS_WIDTH)) : 0;
  const detailsTop = details ? details.y + DETAILS_GAP : 0;
  return (
    <div
      className="tl"
      role="group"
      tabIndex={0}
      aria-label={text.name}
      aria-describedby={`${uid}-keys`}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={() => (setFocused(false), setOpen(false))}
      onPointerMove={onPointerMove}
    >
      <TimelineSvg layout={layout} stateKey={state.focusIds.join(' ')} pickedId={details?.datum.id ?? null} />
      <p id={`${uid}-keys`} className="visually-hidden">
        {text.keys}
      </p>
      {/* The browser's to write: the prerendered page describes each beat's graphic in its caption and
          links to the timeline's table, and leaves this list out to stay inside one round trip. */}
      {hydrated && (
        <ol className="visually-hidden">
          {inView.map(({ datum, focus }) => (
            <li key={datum.id}>
              <time dateTime={datum.iso}>{datum.longDate}</time>: {datum.label}. {datum.statusLabel}.{focus ? ` ${text.focusNote}` : ''}
            </li>
          ))}
        </ol>
      )}
      {details && (
        <div className="tl-details" aria-hidden="true" style={{ left: detailsLeft, top: detailsTop, width: DETAILS_WIDTH }}>
          <p className="tl-details-date">{details.datum.longDate}</p>
          <p>{details.datum.label}</p>
          <p className="tl-details-status">{details.datum.statusLabel}</p>
          {details.datum.dateNote && <p className="tl-details-note">{details.datum.dateNote}</p>}
        </div>
      )}
      {/* What the details box shows, spoken when the picked event changes from the keyboard. */}
      <p className="visually-hidden" aria-live="polite">
        {focused && details
          ? `${details.datum.longDate}: ${details.datum.label}. ${details.datum.statusLabel}.${details.datum.dateNote ? ` ${details.datum.dateNote}` : ''}`
          : ''}
      </p>
    </div>
  );
});
