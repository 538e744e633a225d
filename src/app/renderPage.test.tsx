import { describe, expect, it } from 'vitest';
import { edition } from '../story/edition';
import { renderPage, renderSourcesPage } from './renderPage';

const sourceIds = async () => (await edition.load.sources()).map((source) => source.id);

describe('the prerendered story page', () => {
  it('leaves the timeline’s table, the list of sources and the foot to the browser, with a link to each in its place', async () => {
    const html = await renderPage(edition);
    expect(html).not.toContain('class="source-list"');
    expect(html).not.toContain('id="accessibility-heading"');
    expect(html).not.toContain('<table class="data-table data-table--stacked" id="timeline-table"');
    for (const part of ['timeline-table', 'source-list', 'updates'])
      expect(html).toMatch(
        new RegExp(`<p id="${part}" class="elsewhere-note">.*?<a href="sources-and-data/#${part}">Sources, data and updates</a></p>`),
      );
    // Each such part carries the digest the browser knows it by, so hydration reports no error.
    expect(html.match(/<!--\$!-->/g)).toHaveLength(3);
    expect(html.match(/ data-dgst="in-browser-only"/g)).toHaveLength(3);
  });

  it('keeps every source’s anchor, the sentence table and the licence', async () => {
    const html = await renderPage(edition);
    for (const id of await sourceIds()) expect(html).toContain(`<span id="source-${id}"></span>`);
    expect(html).toContain('id="sentence-table"');
    expect(html).toContain('rel="license"');
  });
});

describe('the page of sources and data', () => {
  it('holds in full what the story page leaves to the browser, with no part left out', async () => {
    const html = await renderSourcesPage(edition);
    expect(html).toContain('<h1>Sources, data and updates</h1>');
    expect(html).toContain('id="timeline-table"');
    expect(html).toContain('id="sentence-table"');
    for (const id of await sourceIds()) expect(html).toContain(`<li id="source-${id}">`);
    expect(html).toContain('id="updates-heading"');
    expect(html).toContain('id="accessibility-heading"');
    expect(html).toContain('rel="license"');
    expect(html).toContain('href="../#embed"');
    expect(html).not.toContain('<!--$!-->');
  });
});
