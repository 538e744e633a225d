import { useState } from 'react';

/**
 * `value` while shown; while `hidden`, the value it had when last shown. For the chart the sticky
 * panel keeps faded out: a reader who leaps across beats changes the state it would hold, and
 * redrawing it then, in the same frame as the chart they see (marks made, labels placed), is work no
 * one watches, done at the very moment they stop. It changes when it is shown again, as it fades in.
 *
 * `value` must keep its identity from render to render while it means the same (the scenes' chart
 * states are cached): a new object each render would be a new value each render.
 */
export function useStillWhileHidden<T>(value: T, hidden: boolean): T {
  const [held, setHeld] = useState(value);
  // Shown, it keeps in step in the same render: React renders again at once, before the children.
  if (!hidden && held !== value) setHeld(value);
  return hidden ? held : value;
}
