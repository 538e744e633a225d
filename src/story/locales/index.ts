/**
 * The editions in other languages than English, each a translation of the English copy, made and
 * checked by people, in three files (story, kit, ui; see sections.ts), and a list of the keys whose
 * words read the same as in English (names, abbreviations). The build fails on any problem
 * `translationProblems` finds.
 */
import type { Translation, TranslatedCopy } from '../copy/translation.ts';
import ruKit from './ru/kit.json' with { type: 'json' };
import ruSame from './ru/same.json' with { type: 'json' };
import ruStory from './ru/story.json' with { type: 'json' };
import ruUi from './ru/ui.json' with { type: 'json' };
import uzKit from './uz-Latn/kit.json' with { type: 'json' };
import uzSame from './uz-Latn/same.json' with { type: 'json' };
import uzStory from './uz-Latn/story.json' with { type: 'json' };
import uzUi from './uz-Latn/ui.json' with { type: 'json' };

type Entries = Record<string, TranslatedCopy>;

export const translations: readonly Translation[] = [
  {
    lang: 'ru',
    checked: '2026-12-02',
    entries: { ...(ruStory as unknown as Entries), ...(ruKit as unknown as Entries), ...(ruUi as unknown as Entries) },
    sameAsEnglish: ruSame,
  },
  {
    lang: 'uz-Latn',
    checked: '2026-12-02',
    entries: { ...(uzStory as unknown as Entries), ...(uzKit as unknown as Entries), ...(uzUi as unknown as Entries) },
    sameAsEnglish: uzSame,
  },
];
