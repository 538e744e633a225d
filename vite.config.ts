/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { editionModules, translatedEdition } from './scripts/build/editionModules.ts';
import { explainerBuild } from './scripts/build/explainerBuild.ts';
import { publisherName, SITE_NAME_SETTING } from './scripts/build/publisher.ts';
import { siteAddress, SITE_URL_SETTING } from './scripts/build/siteAddress.ts';
import { englishCopy } from './src/story/copy/englishCopy.ts';
import { glossary } from './src/story/copy/glossary.ts';
import { translationProblems } from './src/story/copy/translation.ts';
import { EDITIONS } from './src/story/editions.ts';
import { story } from './src/story/index.ts';
import { lesson } from './src/story/lesson.ts';
import { translations } from './src/story/locales/index.ts';
import { StoryValidationError } from './src/story/validateStory.ts';
import { validateLesson } from './src/story/validateLesson.ts';

/** Each edition's page: English at the root, each translation in its folder, with its own entry. */
const ENTRIES: Record<string, string> = { en: 'src/main.tsx', ru: 'src/editions/ru.ts', 'uz-Latn': 'src/editions/uz.ts' };
const pages = EDITIONS.map((edition) => {
  const translation = translations.find((t) => t.lang === edition.lang);
  const entry = ENTRIES[edition.lang];
  if (!entry || (edition.lang !== 'en' && !translation)) throw new Error(`The edition ${edition.lang} has no entry or no translation`);
  return {
    lang: edition.lang,
    dir: edition.dir,
    clientEntry: entry,
    meta: translation ? translatedEdition(translation).core.meta : story.meta,
  };
});

/** The kit against the story, and each translation against the English: a problem stops the build. */
function validateCopy(): void {
  validateLesson(lesson, story);
  // Every published edition's translation, whole and current: a missing, stale or mistyped one stops the build.
  const published = translations.filter((translation) => EDITIONS.some((edition) => edition.lang === translation.lang));
  const problems = published.flatMap((translation) => translationProblems(englishCopy, translation, glossary));
  if (problems.length > 0) throw new StoryValidationError(problems);
}

/**
 * `npm run dev` serves the story; `npm run build` (`vite build`) builds the published site into
 * `dist/`: the app, its prerendered page, boot.js, the host loader, pym.js, the offline classroom
 * file and precompressed copies (scripts/build/explainerBuild.ts). The story data, and the teacher
 * kit built on it, are validated first: nothing half-renders from broken data.
 */
const siteUrl = siteAddress(process.env[SITE_URL_SETTING]);
const site = explainerBuild({
  root: fileURLToPath(new URL('.', import.meta.url)),
  story,
  validate: validateCopy,
  template: 'index.html',
  pages,
  serverEntry: 'src/entry-server.tsx',
  afterPaintStyles: 'src/theme/afterPaint.css',
  plugins: [editionModules(translations)],
  outDir: 'dist',
  published: true,
  siteUrl,
  siteName: publisherName(process.env[SITE_NAME_SETTING], siteUrl),
});

export default mergeConfig(site, {
  // As public/_headers does for assets: a frame sandboxed to scripts only has an opaque origin and
  // loads module scripts, fonts and stylesheets in CORS mode.
  preview: { cors: { origin: '*' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
    // Through Vite, so its imports of d3-interpolate and d3-format meet the stand-ins as in the build.
    server: { deps: { inline: ['d3-scale'] } },
  },
});
