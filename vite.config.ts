/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { explainerBuild } from './scripts/build/explainerBuild';
import { story } from './src/story/index.ts';
import { lesson } from './src/story/lesson.ts';
import { validateLesson } from './src/story/validateLesson.ts';

/**
 * `npm run dev` serves the story; `npm run build` (`vite build`) builds the published site into
 * `dist/`: the app, its prerendered page, boot.js, the host loader, pym.js, the offline classroom
 * file and precompressed copies (scripts/build/explainerBuild.ts). The story data, and the teacher
 * kit built on it, are validated first: nothing half-renders from broken data.
 */
const site = explainerBuild({
  root: fileURLToPath(new URL('.', import.meta.url)),
  story,
  validate: () => void validateLesson(lesson, story),
  template: 'index.html',
  clientEntry: 'src/main.tsx',
  serverEntry: 'src/entry-server.tsx',
  outDir: 'dist',
  published: true,
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
  },
});
