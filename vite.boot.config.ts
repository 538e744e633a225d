import { defineConfig } from 'vite';

/**
 * Builds `dist/boot.js`, the published page's first script: it starts the app once the prerendered
 * story has loaded and painted (src/boot/boot.ts). A module of its own, separate from the app, so the
 * HTML can load it at once while the app waits. `npm run dev` loads the app directly instead.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/boot/boot.ts',
      formats: ['es'],
      fileName: () => 'boot.js',
    },
  },
});
