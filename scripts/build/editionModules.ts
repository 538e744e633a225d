/**
 * Each translated edition as modules of its own, written at build time (and served in development)
 * from the English facts and the edition's translation: `virtual:edition/<lang>` is what the first
 * screen needs; its sources, corrections, teacher kit and lazy pages' words are
 * `virtual:edition/<lang>/<part>`, each loaded on demand. A page thus ships only its own edition's
 * words, never the English beside them.
 */
import type { Plugin } from 'vite';
import { captureFormats } from '../../src/lib/capturedFormats.ts';
import { editionData, type EditionData } from '../../src/story/copy/editionData.ts';
import { englishCopy } from '../../src/story/copy/englishCopy.ts';
import { localize, type Translation } from '../../src/story/copy/translation.ts';

const PREFIX = 'virtual:edition/';
/** The parts each in a module of its own, loaded when a page needs them. */
const PARTS = ['prose', 'details', 'sources', 'corrections', 'kit', 'furniture'] as const satisfies readonly (keyof EditionData)[];

/** The data of a translated edition, as the build and its checks see it. */
export function translatedEdition(translation: Translation): EditionData {
  return editionData(localize(englishCopy, translation), translation.lang, translation.checked);
}

/** The English edition: the source, translated from nothing. */
const english = (): EditionData => editionData(englishCopy, 'en');

export function editionModules(translations: readonly Translation[]): Plugin {
  const byLang = new Map(translations.map((translation) => [translation.lang, translation]));
  return {
    name: 'explainer:edition-modules',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [lang = '', part] = id.slice(PREFIX.length + 1).split('/');
      const translation = byLang.get(lang);
      if (lang !== 'en' && !translation)
        throw new Error(`No edition ${JSON.stringify(lang)} for ${id}: the editions are en, ${[...byLang.keys()].join(', ')}`);
      const data = translation ? translatedEdition(translation) : english();
      if (part) {
        if (!(PARTS as readonly string[]).includes(part)) throw new Error(`No part ${part} of an edition`);
        return `export const ${part} = ${JSON.stringify(data[part as (typeof PARTS)[number]])};`;
      }
      const loads = PARTS.map((name) => `${name}: () => import(${JSON.stringify(`${PREFIX}${lang}/${name}`)}).then((m) => m.${name})`).join(
        ',\n    ',
      );
      // A translation carries its language's formats, captured from the build's complete Intl.
      const core = translation ? { ...data.core, formats: captureFormats(translation.lang) } : data.core;
      return `export const edition = { ...${JSON.stringify(core)},\n  load: {\n    ${loads},\n  },\n};`;
    },
  };
}
