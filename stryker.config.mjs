// Mutation testing of the pure modules (npm run mutation; not part of npm test): shared/format, the layout engine
// and the signature builder, against the tests of vitest.mutation.config.ts. The HTML report goes to
// test-artifacts/mutation/. One module at a time: npm run mutation -- --mutate shared/format/terbilang.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'shared/format/**/*.ts',
    '!shared/format/**/*.d.ts',
    'shared/document/layout/**/*.ts',
    'shared/documents/signature.ts',
  ],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'test-artifacts/mutation/index.html' },
  // The machines are small and shared: two workers.
  concurrency: 2,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
