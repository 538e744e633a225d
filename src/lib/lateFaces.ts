/**
 * Lets the page's late faces load: the Cyrillic files, which the Russian edition names in its font
 * stack only under this attribute (src/theme/tokens.css). Set once the first screen has painted in
 * the metric-matched fallback faces, so those files never compete with it for the network: fetched
 * with the page, they put the Russian edition's Lighthouse mobile LCP about 300 ms behind the
 * English page's. Without JavaScript the fallback faces stay.
 */
export function loadLateFaces(doc: Document = document): void {
  doc.documentElement.setAttribute('data-late-faces', '');
}
