import { defineConfig } from 'vite';

/**
 * Builds the host loader `dist/embed.js`: one small dependency-free script, separate from the app,
 * loaded by newsroom pages that embed the story.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    minify: true,
    lib: {
      entry: 'src/loader/embed.ts',
      formats: ['iife'],
      name: 'khamroyevEmbed',
      fileName: () => 'embed.js',
    },
  },
});
