import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Two lanes: `unit` (npm run test:unit) is quick; `packaging` (npm run
// test:packaging) copies and builds the whole project and runs electron-builder,
// which takes minutes on a loaded machine, so it has timeouts of its own.
const PACKAGING = 'tests/build/packaging.test.ts';
// Mutation testing (stryker.config.mjs) leaves out two slow tests that read a
// whole pack without testing its guards: the search oracle (Lunr against the
// engine at 10x and 100x, 30 s) and the pack build (10 s). Run for every
// mutant of the pack loader they pass through, they made a run of
// src/shared/pack take five hours.
const NOT_FOR_MUTANTS = ['tests/shared/search/oracle.test.ts', 'tests/build/pack/compile.test.ts'];
const mutating = Boolean(process.env['CICA_UNIT_LANE_ONLY']);

export default defineConfig({
  // Compiles the renderer's rune classes (*.svelte.ts) for their unit tests.
  plugins: [svelte({ configFile: 'svelte.config.mjs' })],
  test: {
    environment: 'node',
    env: {
      // Safety net: should a test import the real `electron` package, it gets
      // a path string back instead of downloading a binary.
      ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist',
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [PACKAGING, ...(mutating ? NOT_FOR_MUTANTS : [])],
        },
      },
      // Mutation testing (stryker.config.mjs) runs the unit lane only.
      ...(mutating
        ? []
        : [
            {
              extends: true as const,
              test: { name: 'packaging', include: [PACKAGING], hookTimeout: 600_000 },
            },
          ]),
    ],
  },
});
