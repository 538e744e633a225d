import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyle, styleHash, withStyleHashes } from '../../scripts/build/inlineStyles';

describe('the inline stylesheet', () => {
  it('points its font addresses from the page, at the root and one folder down', () => {
    const css = `@font-face{src:url(./serif-abc.woff2)format("woff2")}a{background:url("./x.svg")}b{background:url(data:image/png;base64,AA)}`;
    expect(inlineStyle(css, './')).toBe(
      `<style>@font-face{src:url(./assets/serif-abc.woff2)format("woff2")}a{background:url("./assets/x.svg")}b{background:url(data:image/png;base64,AA)}</style>`,
    );
    expect(inlineStyle(css, '../')).toContain('url(../assets/serif-abc.woff2)');
  });

  it('refuses a stylesheet that would close its element early', () => {
    expect(() => inlineStyle('a{content:"</style>"}', './')).toThrow(/<\/style/);
  });

  it('hashes exactly the text the browser hashes: what is between the tags', () => {
    const expected = createHash('sha256').update('a{color:red}').digest('base64');
    expect(styleHash('<style>a{color:red}</style>')).toBe(`'sha256-${expected}'`);
  });

  it('adds style-src with the hashes to every policy, and to nothing else', () => {
    const headers = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n  X-Content-Type-Options: nosniff\n";
    expect(withStyleHashes(headers, ["'sha256-A'", "'sha256-B'"])).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'sha256-A' 'sha256-B'\n  X-Content-Type-Options: nosniff\n",
    );
  });

  it('fails rather than write a second style-src or find no policy', () => {
    expect(() => withStyleHashes("/*\n  Content-Security-Policy: style-src 'self'\n", ["'sha256-A'"])).toThrow(/already sets style-src/);
    expect(() => withStyleHashes('/*\n  X-Frame-Options: DENY\n', ["'sha256-A'"])).toThrow(/no Content-Security-Policy/);
  });
});
