// Whether React is hydrating the prerendered page right now: the entry says when it starts
// (src/main.tsx) and the page says when it has committed (src/app/App.tsx). A layout effect that
// sets state during hydration makes React render again inside hydration's commit, one long task
// on a slow phone; such an effect can ask this and defer its update as a transition instead.
let hydrating = false;

export function startHydration(): void {
  hydrating = true;
}

export function endHydration(): void {
  hydrating = false;
}

export function isHydrating(): boolean {
  return hydrating;
}
