// Tools for translators, run with `npx tsx scripts/translations.ts <command> <lang> [section]`:
//   todo <lang> <section>   the English copy of that section still to translate (missing or stale),
//                           as JSON keyed like the edition's file, each with the fingerprint to record
//   check <lang>            every problem the build would find in the edition's translation
//   english <section>       the English copy of a section, keyed, as translators read it
import { copyEntries, fingerprint } from '../src/story/copy/copyTree.ts';
import { englishCopy } from '../src/story/copy/englishCopy.ts';
import { glossary } from '../src/story/copy/glossary.ts';
import { translationProblems } from '../src/story/copy/translation.ts';
import { translations } from '../src/story/locales/index.ts';
import { sectionOf, type SectionName } from '../src/story/locales/sections.ts';

const [command, first, second] = process.argv.slice(2);
const english = copyEntries(englishCopy);
const translationOf = (lang: string | undefined) => {
  const found = translations.find((t) => t.lang === lang);
  if (!found) throw new Error(`No edition ${lang}: one of ${translations.map((t) => t.lang).join(', ')}`);
  return found;
};
const inSection = (section: string | undefined) => [...english].filter(([key]) => sectionOf(key) === (section as SectionName));

if (command === 'english') {
  console.log(
    JSON.stringify(Object.fromEntries(inSection(first).map(([key, value]) => [key, { en: value, from: fingerprint(value) }])), null, 2),
  );
} else if (command === 'todo') {
  const entries = translationOf(first).entries;
  const todo = inSection(second).filter(([key, value]) => entries[key]?.from !== fingerprint(value));
  console.log(JSON.stringify(Object.fromEntries(todo.map(([key, value]) => [key, { en: value, from: fingerprint(value) }])), null, 2));
} else if (command === 'check') {
  const problems = translationProblems(englishCopy, translationOf(first), glossary);
  console.log(problems.length ? problems.join('\n') : `${first}: no problems`);
  process.exitCode = problems.length ? 1 : 0;
} else {
  console.error('usage: npx tsx scripts/translations.ts todo <lang> <section> | check <lang> | english <section>');
  process.exitCode = 2;
}
