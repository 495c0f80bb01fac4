// The tests Stryker runs against each mutant (npm run mutation): those of the pure modules it mutates, without the
// renderer build and the tests that start LibreOffice or Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/shared/format/**/*.test.ts',
      'tests/shared/document/layout/**/*.test.ts',
      'tests/shared/documents/signature*.test.ts',
    ],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
