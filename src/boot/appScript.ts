import { APP_SCRIPT_META } from '../lib/pageContract.mjs';

export { APP_SCRIPT_META };

/** A script of this build: a hashed file in the site's `assets/` folder, named relative to the page. */
const OWN_ASSET = /^(?:\.\.\/)*(?:\.\/)?assets\/[\w.-]+\.js$/;

/**
 * The app scripts the page names, in order, as absolute addresses resolved against the page (the
 * site may be deployed under any folder), if every one is one of this build's own assets. Anything
 * else names no script at all: starting the entry without the chunks before it would only do their
 * work in one long task again, and a list with a stranger in it was not written by our build.
 */
export function appScriptUrls(doc: Document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_SCRIPT_META}"]`)?.content.trim() ?? '';
  const urls = content ? content.split(/\s+/) : [];
  return urls.every((url) => OWN_ASSET.test(url)) ? urls.map((url) => new URL(url, doc.baseURI).href) : [];
}
