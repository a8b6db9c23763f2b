import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium through playwright-core, against the built app.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
