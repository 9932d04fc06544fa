import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Two lanes: `unit` (npm run test:unit) is quick; `packaging` (npm run
// test:packaging) copies and builds the whole project and runs electron-builder,
// which takes minutes on a loaded machine, so it has timeouts of its own.
const PACKAGING = 'tests/build/packaging.test.ts';

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
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [PACKAGING] },
      },
      // Mutation testing (stryker.config.mjs) runs the unit lane only.
      ...(process.env['CICA_UNIT_LANE_ONLY']
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
