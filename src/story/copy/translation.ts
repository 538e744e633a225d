/**
 * An edition in another language: the English copy's keys, each with its translation and the
 * fingerprint of the English it was made from. The facts are never in a translation: `localize`
 * lays the words over the English edition's facts. `translationProblems` is what the build checks:
 * every key translated, none extra, none stale, none left in English where English is not allowed,
 * the edition's own spelling rules and the translators' glossary.
 */
import { copyEntries, fingerprint, mapCopy, plainText, type CopyValue } from './copyTree.ts';
import type { GlossaryTerm } from './glossary.ts';

/** One translated piece of copy. */
export interface TranslatedCopy {
  text: CopyValue;
  /** The fingerprint of the English text this translation was made from (`fingerprint` in copyTree.ts). */
  from: string;
}

export interface Translation {
  /** The edition's language, as BCP 47: `ru`, `uz-Latn`. */
  lang: string;
  /** The day (ISO) the translation was last checked against the English, which the edition shows. */
  checked: string;
  /** Translated copy by key (`beats.intro.heading`). */
  entries: Readonly<Record<string, TranslatedCopy>>;
  /**
   * Keys whose translation may equal the English, beyond the rules every edition shares: names,
   * abbreviations and quoted English that read the same in this language.
   */
  sameAsEnglish?: readonly string[];
}

/**
 * Copy that may stay as it is in any edition: a source's outlet and title, cited as published where
 * the reader can find them (a descriptive title, or a name with a local form, is translated).
 */
const ALWAYS_SAME = [/^sources\.S\d+\.(outlet|title)$/];

/** The Uzbek Latin alphabet of 1995 writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC, never these. */
const UZBEK_WRONG_APOSTROPHES = /['\u2018\u2019]/;

/** A copy of the English tree with the translation's words laid over it; keys with no translation keep the English. */
export function localize<T>(english: T, translation: Translation, prefix = ''): T {
  return mapCopy(english, (key, value) => translation.entries[key]?.text ?? value, prefix);
}

/**
 * Every problem with a translation of `english`, each naming the edition, the record and the field
 * (`ru: beats.intro.heading is missing`). Empty when the translation may ship.
 */
export function translationProblems(
  english: unknown,
  translation: Translation,
  glossary: readonly GlossaryTerm[] = [],
  prefix = '',
): string[] {
  const problems: string[] = [];
  const say = (key: string, problem: string) => problems.push(`${translation.lang}: ${key} ${problem}`);
  const source = copyEntries(english, prefix);
  const allowedSame = new Set(translation.sameAsEnglish ?? []);
  for (const [key, value] of source) {
    const entry = translation.entries[key];
    if (!entry) {
      say(key, 'is missing');
      continue;
    }
    if (entry.from !== fingerprint(value))
      say(key, `is stale: the English changed since it was translated (now ${fingerprint(value)}, translated from ${entry.from})`);
    if (typeof entry.text !== typeof value || (Array.isArray(value) && !Array.isArray(entry.text)))
      say(key, 'is not the same kind of copy as the English (text or paragraph)');
    const text = plainText(entry.text);
    if (text.trim() === '') say(key, 'is empty');
    const same = text === plainText(value);
    if (same && !allowedSame.has(key) && !ALWAYS_SAME.some((pattern) => pattern.test(key))) say(key, 'is left identical to the English');
    if (translation.lang.startsWith('uz') && !same && UZBEK_WRONG_APOSTROPHES.test(text)) {
      say(key, 'uses U+0027, U+2018 or U+2019 where Uzbek Latin writes U+02BB (oʻ, gʻ) or U+02BC (tutuq belgisi)');
    }
    // Copy cited as published (a source's outlet and title, the report's words) is held to no glossary.
    if (same) continue;
    for (const term of glossary) {
      const rendering = term.renderings[translation.lang];
      if (!rendering || !term.en.test(plainText(value))) continue;
      if (!rendering.test(text)) say(key, `does not render “${term.name}” as the glossary does (${rendering.source})`);
    }
  }
  for (const key of Object.keys(translation.entries)) {
    if (key.startsWith(prefix) && !source.has(key)) say(key, 'is extra: the English has no such copy');
  }
  for (const key of allowedSame) if (!source.has(key)) say(key, 'is listed as same as English but the English has no such copy');
  return problems;
}
