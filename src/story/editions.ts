import type { EditionLink } from './editionTypes.ts';

/**
 * The story's editions: English, the source, at the site's root; each translation in a folder of
 * its own, named in its own language for the language switch.
 */
export const EDITIONS: readonly EditionLink[] = [
  // The English edition writes British English.
  { lang: 'en', dir: '', name: 'English', locale: 'en_GB' },
  { lang: 'ru', dir: 'ru', name: 'Русский', locale: 'ru_RU' },
  { lang: 'uz-Latn', dir: 'uz', name: 'Oʻzbekcha', locale: 'uz_UZ' },
];
