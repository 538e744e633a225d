import { describe, expect, it } from 'vitest';
import { APP_SCRIPT_META, appScriptUrls } from './appScript';

const pageNaming = (content: string | null) => {
  const doc = document.implementation.createHTMLDocument('page');
  // A page deployed in a newsroom's folder, not at a domain's root.
  const base = doc.createElement('base');
  base.href = 'https://news.example/graphics/2026/story/';
  doc.head.append(base);
  if (content !== null) {
    const meta = doc.createElement('meta');
    meta.name = APP_SCRIPT_META;
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
};

describe('appScriptUrls', () => {
  it('reads the hashed app scripts the prerendered page names, in order, resolved against the page', () => {
    expect(appScriptUrls(pageNaming('./assets/react-Dbam9wla.js ./assets/index-DcVVIVaK.js'))).toEqual([
      'https://news.example/graphics/2026/story/assets/react-Dbam9wla.js',
      'https://news.example/graphics/2026/story/assets/index-DcVVIVaK.js',
    ]);
  });

  it('reads the scripts of a page one folder below the site root', () => {
    expect(appScriptUrls(pageNaming('../assets/index-DcVVIVaK.js'))).toEqual([
      'https://news.example/graphics/2026/assets/index-DcVVIVaK.js',
    ]);
  });

  it.each([
    ['no meta', null],
    ['an empty list', '  '],
    ['another origin', 'https://example.com/assets/index.js'],
    ['a protocol-relative address', '//example.com/assets/index.js'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a path out of the assets', './assets/../evil.js'],
    ['an address from the domain root', '/assets/index.js'],
    ['a data: URL', 'data:text/javascript,alert(1)'],
    ['a stranger after our own script', './assets/react-Dbam9wla.js https://example.com/assets/index.js'],
  ])('names no script for %s', (_, content) => {
    expect(appScriptUrls(pageNaming(content))).toEqual([]);
  });
});
