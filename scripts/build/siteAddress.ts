/**
 * The address the site is published at, from the `SITE_URL` setting (README: "Publishing"): what
 * every tag that must be absolute (the canonical link, the editions' alternates) is written
 * against. Without it the build leaves those tags relative or out. A setting that is not an
 * absolute http(s) address of a folder stops the build, naming it.
 */
export const SITE_URL_SETTING = 'SITE_URL';

/** The published address as a folder's URL (with its trailing slash), or null when unset. */
export function siteAddress(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `${SITE_URL_SETTING} must be an absolute address, like https://news.example/graphics/khamroyev/; it is ${JSON.stringify(value)}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SITE_URL_SETTING} must be an http or https address; it is ${JSON.stringify(value)}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(
      `${SITE_URL_SETTING} must be a plain folder's address, with no query, fragment or credentials; it is ${JSON.stringify(value)}`,
    );
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}
