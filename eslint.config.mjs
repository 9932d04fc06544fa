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
// The layers, by path (names alone let `../renderer/x` or `../../electron/x` through).
// src/shared imports only src/shared and its five libraries: a relative
// import may not climb out of src/shared, however deep the file is.
const sharedOnly = (depth) => [
  {
    regex: '^(?!\\.|lunr$|valibot$|escape-html$|docx$|fflate$)',
    message:
      'src/shared uses only lunr, valibot, escape-html, docx and fflate: it runs in every process.',
  },
  {
    regex: `^(\\.\\./){${depth + 1}}`,
    message: 'src/shared imports nothing outside src/shared.',
  },
];
const notFromRenderer = {
  regex: '(^|/)(electron|node|cli)/',
  message: 'The renderer reaches the host only through the typed API (lib/api.ts).',
};
const notFromElectron = {
  regex: '(^|/)renderer/',
  message: 'The main process and preload never import the renderer.',
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
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [nodeBuiltins, notFromRenderer] },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [nodeBuiltins, ...sharedOnly(0)] },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'Shared code must not touch the DOM.' })),
      ],
    },
  },
  {
    // The app's version comes from package.json, read here alone (src/shared/app.ts).
    files: ['src/shared/app.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [sharedOnly(0)[0]] }] },
  },
  // The same rule for files one and two folders down in src/shared.
  ...[1, 2].map((depth) => ({
    files: [`src/shared/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [nodeBuiltins, ...sharedOnly(depth)] },
      ],
    },
  })),

  {
    files: ['src/node/**', 'src/cli/**', 'build/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [notFromElectron] }] },
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
