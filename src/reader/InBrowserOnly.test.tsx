import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('a link into the part, opened while the page held its stand-in', () => {
    afterEach(() => {
      window.history.replaceState(null, '', '#');
      vi.restoreAllMocks();
    });

    /** The module as the app starts it on a page opened at `hash`, whose stand-in holds `anchor`. */
    async function startedAt(hash: string, anchor: string) {
      const standIn = document.createElement('p');
      standIn.className = 'elsewhere-note';
      standIn.innerHTML = `<span id="${anchor}"></span>`;
      document.body.append(standIn);
      window.history.replaceState(null, '', hash);
      vi.resetModules();
      const started = await import('./InBrowserOnly');
      standIn.remove();
      return started.InBrowserOnly;
    }

    /** The source list as `Part` draws it, holding the entry a link names. */
    const sourceList = (Part: Awaited<ReturnType<typeof startedAt>>) => (
      <Part part="source-list">
        <ol>
          <li id="source-S50">S50</li>
        </ol>
      </Part>
    );

    it('brings the reader to the entry once the part is drawn', async () => {
      const Part = await startedAt('#source-S50', 'source-S50');
      const scrolled: Element[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      render(sourceList(Part));
      expect(scrolled).toEqual([screen.getByText('S50')]);
    });

    it('lands again when another part drawn above moves the entry, until the reader moves themselves', async () => {
      const Part = await startedAt('#source-S50', 'source-S50');
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      const list = sourceList(Part);
      const { rerender } = render(<div key="list">{list}</div>);
      expect(scrolled).toHaveBeenCalledTimes(1);
      const withTables = (
        <>
          <Part part="timeline-table">
            <table />
          </Part>
          <div key="list">{list}</div>
        </>
      );
      rerender(withTables);
      expect(scrolled).toHaveBeenCalledTimes(2);
      window.dispatchEvent(new Event('wheel'));
      rerender(
        <>
          <Part part="updates">
            <footer />
          </Part>
          {withTables}
        </>,
      );
      expect(scrolled).toHaveBeenCalledTimes(2);
    });

    it('leaves the reader where they are when the link was to something else', async () => {
      const Part = await startedAt('#verdict', 'source-S50');
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      render(sourceList(Part));
      expect(scrolled).not.toHaveBeenCalled();
    });
  });
});
