import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHash, inlineStyle, pageStartScript, withInlineHashes } from '../../scripts/build/inlineSources';

describe('the inline stylesheet and first script', () => {
  it('points the stylesheet’s font addresses from the page, at the root and one folder down', () => {
    const css = `@font-face{src:url(./serif-abc.woff2)format("woff2")}a{background:url("./x.svg")}b{background:url(data:image/png;base64,AA)}`;
    expect(inlineStyle(css, './')).toBe(
      `<style>@font-face{src:url(./assets/serif-abc.woff2)format("woff2")}a{background:url("./assets/x.svg")}b{background:url(data:image/png;base64,AA)}</style>`,
    );
    expect(inlineStyle(css, '../')).toContain('url(../assets/serif-abc.woff2)');
  });

  it('refuses a stylesheet or script that would close its element early', () => {
    expect(() => inlineStyle('a{content:"</style>"}', './')).toThrow(/<\/style/);
    expect(() => pageStartScript('a("</script>")', './', 'assets/after-paint.css')).toThrow(/<\/script/);
  });

  it('names boot.js and the later stylesheet from the page, so the script’s text is the same in every folder', () => {
    const css = 'assets/after-paint-abc.css';
    expect(pageStartScript('go()\n', './', css)).toBe(
      '<script data-boot="./boot.js" data-styles="./assets/after-paint-abc.css">go()</script>',
    );
    expect(pageStartScript('go()', '../', css)).toBe(
      '<script data-boot="../boot.js" data-styles="../assets/after-paint-abc.css">go()</script>',
    );
    expect(inlineHash(pageStartScript('go()', './', css))).toBe(inlineHash(pageStartScript('go()', '../', css)));
  });

  it('hashes exactly the text the browser hashes: what is between the tags', () => {
    const expected = createHash('sha256').update('a{color:red}').digest('base64');
    expect(inlineHash('<style>a{color:red}</style>')).toBe(`'sha256-${expected}'`);
    const script = createHash('sha256').update('go()').digest('base64');
    expect(inlineHash('<script data-boot="./boot.js">go()</script>')).toBe(`'sha256-${script}'`);
  });

  it('adds the script’s hash to script-src and a style-src with the styles’ to every policy, and to nothing else', () => {
    const headers =
      "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'\n  X-Content-Type-Options: nosniff\n";
    expect(withInlineHashes(headers, { scripts: ["'sha256-S'"], styles: ["'sha256-A'", "'sha256-B'"] })).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-S'; object-src 'none'; style-src 'self' 'sha256-A' 'sha256-B'\n  X-Content-Type-Options: nosniff\n",
    );
  });

  it('fails rather than write a second style-src, guess a script-src, or find no policy', () => {
    const hashes = { scripts: ["'sha256-S'"], styles: ["'sha256-A'"] };
    expect(() => withInlineHashes("/*\n  Content-Security-Policy: script-src 'self'; style-src 'self'\n", hashes)).toThrow(
      /already sets style-src/,
    );
    expect(() => withInlineHashes("/*\n  Content-Security-Policy: default-src 'self'\n", hashes)).toThrow(/no script-src/);
    expect(() => withInlineHashes('/*\n  X-Frame-Options: DENY\n', hashes)).toThrow(/no Content-Security-Policy/);
  });
});
