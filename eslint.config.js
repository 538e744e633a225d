// Lint rules for the project's code, run by `npm test` (`npm run lint`): JavaScript's and
// typescript-eslint's recommended rules, and React's rules of hooks. Formatting is Prettier's job.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-ssr/',
      'dist-offline/',
      'dist-fixture/',
      'dist-fixture-ssr/',
      'test-results/',
      'bench/',
      'node_modules/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Unused names fail the type check already (noUnusedLocals); a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Node scripts and the browser tests' servers; the benchmarks' page.evaluate callbacks run in the page.
    files: ['scripts/**/*.{mjs,ts}', 'tests/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The validators' tests build deliberately broken, untyped data.
    files: ['src/story/validate*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The build puts the project's own stand-ins in these packages' place (scripts/build/d3StandIns.ts).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3-interpolate', message: 'The build resolves it to src/lib/numberInterpolation.ts: numbers only.' },
            { name: 'd3-format', message: 'The build resolves it to src/lib/noNumberFormat.ts: the charts format their own ticks.' },
          ],
        },
      ],
    },
  },
);
