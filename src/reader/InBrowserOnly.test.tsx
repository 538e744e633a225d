import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InBrowserOnly, PrerenderedPart } from './InBrowserOnly';

describe('a part rendered in the browser only', () => {
  it('renders its content in the browser', () => {
    render(
      <InBrowserOnly part="source-list">
        <ol className="source-list">
          <li id="source-S05">S05</li>
        </ol>
      </InBrowserOnly>,
    );
    expect(screen.getByText('S05')).toBeInTheDocument();
  });

  it('is written by the server render the page is prerendered with', () => {
    const html = renderToString(
      <PrerenderedPart value={(part) => <p id={part}>stand-in</p>}>
        <InBrowserOnly part="source-list">
          <ol className="source-list" />
        </InBrowserOnly>
      </PrerenderedPart>,
    );
    expect(html).toBe('<p id="source-list">stand-in</p>');
  });
});
