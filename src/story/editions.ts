import type { EditionLink } from './editionTypes.ts';

/**
 * The story's editions: English, the source, at the site's root; each translation in a folder of
 * its own, named in its own language for the language switch.
 */
export const EDITIONS: readonly EditionLink[] = [
  { lang: 'en', dir: '', name: 'English' },
  { lang: 'ru', dir: 'ru', name: 'Русский' },
  { lang: 'uz-Latn', dir: 'uz', name: 'Oʻzbekcha' },
];
