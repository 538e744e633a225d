import { offlineFileName, SITE_ROOT_META } from './pageContract.mjs';

export { offlineFileName };

/**
 * True in the self-contained classroom file (the build's offline pass, Vite mode "offline"): the
 * page is open from disk, so it offers no download of itself and links nothing on our server.
 */
export const isOfflineFile: boolean = import.meta.env?.MODE === 'offline';

/**
 * The site's root address, as the page declares it relative to itself (`<meta name="…site-root">`),
 * so addresses built in the browser (the embed code) work wherever the site is deployed. Null on the
 * server and in the offline file, which has no site.
 */
export function siteRoot(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): string | null {
  if (!doc || isOfflineFile) return null;
  const relative = doc.querySelector<HTMLMetaElement>(`meta[name="${SITE_ROOT_META}"]`)?.content ?? './';
  return new URL(relative, doc.baseURI).href;
}
