// @ts-check
// npm run test:mutation: mutation testing of the guards (main process, preload,
// pack verification). A mutant that no test kills is a guard whose removal
// nothing would notice. Slow (minutes), so not part of npm test.

// The packaging lane copies and builds the whole project: Stryker's Vitest
// runner cannot pick a project, so vitest.config.mts leaves that lane out when
// this is set (the test workers inherit it), and two slow tests that read a
// whole pack without testing its guards (it says which).
process.env.CICA_UNIT_LANE_ONLY = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'src/shared/pack/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Start-up constants (schemas, tables) are covered by every test: not worth a run each.
  ignoreStatic: true,
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
