/**
 * The page's stylesheet, written into its head rather than linked: the first screen then needs no
 * second request before it can paint (one round trip less on a new connection, and on a phone's
 * network that is the largest part of the first paint). A strict Content Security Policy allows
 * the inline `<style>` by its hash, never by `'unsafe-inline'`: the build adds each hash to the
 * policy in `_headers`. Pure: strings in, strings out.
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

/** The CSP source that allows one inline `<style>` element: the SHA-256 of its text, as CSP writes it. */
export function styleHash(styleElement: string): string {
  const text = styleElement.replace(/^<style>/, '').replace(/<\/style>$/, '');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A Netlify-style `_headers` file with `style-src 'self'` and the given hashes added to every
 * Content-Security-Policy. Fails if the policy already names style-src: it is the build's to write.
 */
export function withStyleHashes(headers: string, hashes: readonly string[]): string {
  let found = 0;
  const written = headers.replace(/^(\s+Content-Security-Policy:\s*)(.*)$/gm, (_line, name: string, policy: string) => {
    if (/(^|;)\s*style-src\b/.test(policy))
      throw new Error('_headers: the Content-Security-Policy already sets style-src; the build adds it');
    found += 1;
    return `${name}${policy.replace(/;\s*$/, '')}; style-src 'self' ${hashes.join(' ')}`;
  });
  if (found === 0) throw new Error('_headers has no Content-Security-Policy to add the inline styles to');
  return written;
}
