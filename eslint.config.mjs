import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.mjs';

const noElectron = { name: 'electron', message: 'Only electron/ may import Electron.' };
const nodeBuiltins = {
  group: ['node:*'],
  message: 'Shared and renderer code runs in the browser too: no Node built-ins here.',
};
// Shared code runs in main, renderer, build tools and the CLI: no DOM either.
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'HTMLElement'];

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'resources/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/renderer/**'],
    // __APP_VERSION__ is set at build time (build/app-defines.ts).
    languageOptions: { globals: { ...globals.browser, __APP_VERSION__: 'readonly' } },
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins] }],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'Shared code must not touch the DOM.' })),
      ],
    },
  },
  {
    files: ['src/node/**', 'src/cli/**', 'build/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // Tests break data on purpose to check the messages; typing each break adds nothing.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
