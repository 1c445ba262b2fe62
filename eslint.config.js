// ESLint flat config: typescript-eslint (type-checked), React hooks, and the layer rules of
// shared/docs/STYLE.md written as no-restricted-imports per folder. Prettier owns formatting
// (eslint-config-prettier last turns off every rule it would fight with).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
      'renderer/src/domain/criteria/sheets/**/*.json',
      'renderer/src/documents/fonts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore names what is left out on purpose (a rest sibling dropped from a
      // copy, a callback argument a fake ignores).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Two typed rules worth their cost: a promise nobody awaits or catches loses its error (and
    // with it, maybe, a score). The full type-checked set costs ~70 s of CPU here and flagged
    // ~90 style-level findings; these two carry the data-loss risk.
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'tests/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Build scripts and these configs are plain Node ESM.
    files: ['**/*.{js,mjs,cjs}', 'build/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  ...layerRules,
  prettier,
);
