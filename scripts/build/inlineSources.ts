/**
 * What the published page carries inline rather than fetches: the stylesheet of its first screen,
 * and its first script (src/boot/pageStart.ts), which links the rest of the stylesheet after the
 * first paint. The stylesheet inline, the first screen needs no second request before it can paint
 * (one round trip less on a new connection, and on a phone's network that is the largest part of
 * the first paint); the script inline, the page fetches nothing before it paints. A strict
 * Content Security Policy allows each by its hash, never by `'unsafe-inline'`: the build adds the
 * hashes to the policy in `_headers`. Pure: strings in, strings out.
 */
import { createHash } from 'node:crypto';

/**
 * A stylesheet from `assets/` as a `<style>` element for a page whose site root is `up` (`./` or
 * `../`): its relative addresses (the fonts, beside it in `assets/`) rewritten from the page.
 */
export function inlineStyle(css: string, up: string): string {
  if (/<\/style/i.test(css)) throw new Error('inlineStyle: a stylesheet holds "</style", which would end the element early');
  return `<style>${css.replace(/url\((["']?)\.\//g, `url($1${up}assets/`)}</style>`;
}

/**
 * The page's first script as a `<script>` element that names boot.js and the stylesheet it links
 * after the first paint (`stylesheet`, from the site's root), relative to the page, in its
 * `data-boot` and `data-styles` attributes: the script's text, and its hash, stay the same in every folder.
 */
export function pageStartScript(js: string, up: string, stylesheet: string): string {
  if (/<\/script|<!--/i.test(js))
    throw new Error('pageStartScript: the script holds "</script" or "<!--", which would end or hide the element');
  return `<script data-boot="${up}boot.js" data-styles="${up}${stylesheet}">${js.trim()}</script>`;
}

/** The CSP source that allows one inline `<style>` or `<script>` element: the SHA-256 of its text, as CSP writes it. */
export function inlineHash(element: string): string {
  const text = element.replace(/^<(style|script)\b[^>]*>/, '').replace(/<\/(style|script)>$/, '');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A Netlify-style `_headers` file with the inline elements' hashes in every Content-Security-Policy:
 * the scripts' added to its `script-src` (which it must set), and a `style-src 'self'` with the
 * styles' (which it must not set: it is the build's to write).
 */
export function withInlineHashes(headers: string, hashes: { scripts: readonly string[]; styles: readonly string[] }): string {
  let found = 0;
  const written = headers.replace(/^(\s+Content-Security-Policy:\s*)(.*)$/gm, (_line, name: string, policy: string) => {
    if (/(^|;)\s*style-src\b/.test(policy))
      throw new Error('_headers: the Content-Security-Policy already sets style-src; the build adds it');
    if (!/(^|;)\s*script-src\b/.test(policy))
      throw new Error('_headers: the Content-Security-Policy sets no script-src to add the page’s first script to');
    found += 1;
    const withScripts = policy.replace(/((?:^|;)\s*script-src\b[^;]*)/, (directive: string) =>
      [directive.trimEnd(), ...hashes.scripts].join(' '),
    );
    return `${name}${withScripts.replace(/;\s*$/, '')}; style-src 'self' ${hashes.styles.join(' ')}`;
  });
  if (found === 0) throw new Error('_headers has no Content-Security-Policy to add the inline styles and script to');
  return written;
}
