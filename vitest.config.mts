import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    env: {
      // Safety net: should a test import the real `electron` package, it gets
      // a path string back instead of downloading a binary.
      ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist',
    },
  },
});
