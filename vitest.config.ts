// Test runner configuration: every suite lives in tests/, mirroring the source tree.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The renderer is built once for the Chromium tests in tests/renderer.
    globalSetup: ['tests/build-renderer.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
