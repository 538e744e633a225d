import { useEdition } from './EditionContext';
import { goToBeat } from './goToBeat';

/** Previous and next buttons under a beat, named after the beats they lead to. */
export function BeatNav({ index }: { index: number }) {
  const { beats, ui } = useEdition();
  const previous = beats[index - 1];
  const next = beats[index + 1];
  return (
    <div className="beat-nav">
      {previous && (
        <button type="button" className="control" onClick={() => goToBeat(previous.id)}>
          <span aria-hidden="true">← </span>
          {ui.previousBeat}: {previous.title}
        </button>
      )}
      {next && (
        <button type="button" className="control beat-nav-next" onClick={() => goToBeat(next.id)}>
          {ui.nextBeat}: {next.title}
          <span aria-hidden="true"> →</span>
        </button>
      )}
    </div>
  );
}
