import { startTransition, StrictMode } from 'react';
import { App } from './app/App';
import { createRoot, hydrateRoot } from './app/reactRuntime';
import { startHydration } from './lib/hydration';
import { readMode } from './app/readMode';
import './theme/fonts.css';
import './theme/tokens.css';
import './theme/base.css';
import './theme/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const mode = readMode(window.location.search, { width: window.innerWidth, height: window.innerHeight });
const app = (
  <StrictMode>
    <App mode={mode} />
  </StrictMode>
);
// The HTML is prerendered in the default mode: hydrate it there, render afresh in any other.
// Hydrating as a transition lets React yield to the browser every few milliseconds, so a slow phone
// can scroll and paint the prerendered story while it hydrates, with no long task.
if (mode === 'scroll' && root.firstElementChild) {
  startHydration();
  startTransition(() => void hydrateRoot(root, app));
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
