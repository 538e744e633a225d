import { describe, expect, it } from 'vitest';
import { APP_SCRIPT_META, appScriptUrl } from './appScript';

const pageNaming = (content: string | null) => {
  const doc = document.implementation.createHTMLDocument('page');
  if (content !== null) {
    const meta = doc.createElement('meta');
    meta.name = APP_SCRIPT_META;
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
};

describe('appScriptUrl', () => {
  it('reads the hashed app script the prerendered page names', () => {
    expect(appScriptUrl(pageNaming('/assets/index-DcVVIVaK.js'))).toBe('/assets/index-DcVVIVaK.js');
  });

  it.each([
    ['no meta', null],
    ['another origin', 'https://example.com/assets/index.js'],
    ['a protocol-relative address', '//example.com/assets/index.js'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a path out of the assets', '/assets/../evil.js'],
    ['a data: URL', 'data:text/javascript,alert(1)'],
  ])('ignores %s', (_, content) => {
    expect(appScriptUrl(pageNaming(content))).toBeNull();
  });
});
