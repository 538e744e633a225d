/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { story } from './src/story/index.ts';
import { lesson } from './src/story/lesson.ts';
import { validateLesson } from './src/story/validateLesson.ts';
import { validateStory } from './src/story/validateStory.ts';

/**
 * Fails the build, with a message naming each record and field, when the story data or the teacher
 * kit built on it is invalid:
 * nothing half-renders from broken data.
 */
function storyValidation(): Plugin {
  return {
    name: 'story-validation',
    buildStart() {
      validateStory(story);
      validateLesson(lesson, story);
    },
  };
}

export default defineConfig({
  plugins: [react(), storyValidation()],
  build: {
    target: 'es2022',
    // Inline nothing: the fonts and icons stay files the browser can cache.
    assetsInlineLimit: 0,
    // The published page names its scripts to boot.js instead of preloading them (scripts/prerender.mjs
    // takes the <link rel="modulepreload"> tags out), so the polyfill for those tags would never act.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React in a chunk of its own, which boot.js starts one task before the story's code
        // (src/boot/importInTurn.ts): on a slow phone, two shorter tasks instead of one long one.
        // src/app/reactRuntime.ts goes with it, so that React's module code runs in that task.
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]|[\\/]src[\\/]app[\\/]reactRuntime\.ts$/ }] },
      },
    },
  },
  // As public/_headers does for /assets/*: a frame sandboxed to scripts only has an opaque origin
  // and loads module scripts, fonts and stylesheets in CORS mode.
  preview: { cors: { origin: '*' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
  },
});
