import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's Chromium against `relance sidebar`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['test/global-setup.ts'],
  },
});
