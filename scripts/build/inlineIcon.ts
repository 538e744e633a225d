import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The icon link as the template (index.html) writes it. */
const TEMPLATE_ICON = 'href="./favicon.svg"';

/**
 * An SVG as a `data:` URL short enough to sit in an attribute: percent-encoded only where a URL or
 * the attribute's double quotes need it, and `<` and `>`, so the markup around it reads as markup.
 */
export function svgDataUrl(svg: string): string {
  const body = svg
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('"', "'")
    .replace(/[%#<>]/g, (character) => encodeURIComponent(character));
  return `data:image/svg+xml,${body}`;
}

/**
 * The template with its favicon (public/favicon.svg) carried in the page rather than linked: one
 * request fewer on a first view, and none that could land before the first paint and hold up the
 * largest one. The file stays in public/ for the pages that link it. Fails if the template no
 * longer links the icon as this expects, rather than shipping a page without one.
 */
export function inlineIcon(template: string, root: string): string {
  if (!template.includes(TEMPLATE_ICON)) throw new Error(`The page template no longer links its icon as ${TEMPLATE_ICON}`);
  return template.replace(TEMPLATE_ICON, `href="${svgDataUrl(readFileSync(resolve(root, 'public', 'favicon.svg'), 'utf8'))}"`);
}
