/**
 * The translators' glossary: names, organisations, courts and legal terms, with how each edition
 * renders them and where the rendering comes from. The build checks every translation against it:
 * where the English names a term, the translation must use the glossary's rendering. Patterns allow
 * for Russian case endings (Хамроев, Хамроева) and Uzbek suffixes (Memorialning).
 */
import type { SourceId } from '../types.ts';

export interface GlossaryTerm {
  /** The term as the English copy writes it. */
  name: string;
  /** Where the English copy uses the term. */
  en: RegExp;
  /** The rendering each edition must use, by language (BCP 47). */
  renderings: Readonly<Record<string, RegExp>>;
  /** The sources that give the Russian term (the fact sheet's ids); empty where the term is a plain transliteration. */
  sources: readonly SourceId[];
  /** How the renderings were chosen, where a source does not give them. */
  note?: string;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    name: 'Bakhrom Khamroyev',
    en: /Khamroyev/,
    renderings: { ru: /Хамроев/, 'uz-Latn': /Hamroyev/ },
    sources: ['S05', 'S03'],
    note: 'Russian: Хамроев Бахром Мардонович (S05). Uzbek: the name in the Latin alphabet of 1995 (Bahrom Hamroyev).',
  },
  {
    name: 'Memorial',
    en: /\bMemorial\b/,
    renderings: { ru: /Мемориал/, 'uz-Latn': /Memorial/ },
    sources: ['S14', 'S26'],
  },
  {
    name: 'FSB',
    en: /\bFSB\b/,
    renderings: { ru: /ФСБ/, 'uz-Latn': /FXX/ },
    sources: ['S55'],
    note: 'Uzbek: FXX, Federal xavfsizlik xizmati, as Uzbek media name the Russian service.',
  },
  {
    name: 'Hizb ut-Tahrir',
    en: /Hizb ut-Tahrir/,
    renderings: { ru: /Хизб ут-Тахрир/, 'uz-Latn': /Hizb ut-Tahrir/ },
    sources: ['S34'],
  },
  {
    name: '2nd Western District Military Court',
    en: /2nd Western District Military Court/,
    renderings: { ru: /2-\S* Западн\S* окружн\S* военн\S* суд/, 'uz-Latn': /2-Gʻarbiy okrug harbiy sud/ },
    sources: ['S03', 'S47'],
  },
  {
    name: 'strict-regime colony',
    en: /strict-regime colony/,
    renderings: { ru: /колони\S* строгого режима/, 'uz-Latn': /qattiq rejimli koloniya/ },
    sources: ['S03', 'S19'],
  },
  {
    name: 'prison (тюрьма)',
    en: /in a prison\b/,
    renderings: { ru: /тюрьм/, 'uz-Latn': /qamoqxona/ },
    sources: ['S03'],
  },
  {
    name: 'deprivation of liberty',
    en: /deprivation of liberty/,
    renderings: { ru: /лишени\S* свободы/, 'uz-Latn': /ozodlikdan mahrum/ },
    sources: ['S49', 'S50'],
  },
  {
    name: 'Vladimir Central',
    en: /Vladimir Central/,
    renderings: { ru: /Владимирск\S* централ/, 'uz-Latn': /Vladimir markaziy/ },
    sources: ['S08'],
    note: 'Uzbek: Vladimir markaziy qamoqxonasi, the prison’s name rendered, not transliterated.',
  },
  {
    name: 'Yamalo-Nenets Autonomous Okrug',
    en: /Yamalo-Nenets Autonomous Okrug/,
    renderings: { ru: /Ямало-Ненецк\S* автономн\S* округ/, 'uz-Latn': /Yamalo-Nenets avtonom okrug/ },
    sources: ['S15'],
  },
  {
    name: 'Civic Assistance',
    en: /Civic Assistance/,
    renderings: { ru: /Гражданское содействие/, 'uz-Latn': /Grajdanskoye sodeystviye/ },
    sources: ['S31'],
  },
  {
    name: 'Meshchansky District Court',
    en: /Meshchansky District Court/,
    renderings: { ru: /Мещанск\S* районн\S* суд/, 'uz-Latn': /Meshchanskiy tuman sud/ },
    sources: ['S06'],
    note: 'Russian: the court’s own name; S06 gives it in English.',
  },
  {
    name: 'Memorial Human Rights Centre',
    en: /Memorial Human Rights Centre/,
    renderings: { ru: /Правозащитн\S* центр\S* «Мемориал»/, 'uz-Latn': /«Memorial» inson huquqlari markaz/ },
    sources: ['S38'],
  },
  {
    name: 'Memorial Human Rights Defence Centre',
    en: /Memorial Human Rights Defence Centre/,
    renderings: { ru: /Центр\S* защиты прав человека «Мемориал»/, 'uz-Latn': /«Memorial» inson huquqlarini himoya qilish markaz/ },
    sources: ['S26'],
  },
];
