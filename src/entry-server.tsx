import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';

/** The default page as HTML, for the prerender step of the build. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App mode="scroll" />
    </StrictMode>,
  );
}
