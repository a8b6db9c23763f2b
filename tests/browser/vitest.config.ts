import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { aliases } from '../tools/aliases.mjs';

// Browser tests: real headless Chromium through playwright-core, against the built app.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  // The tests import the app's modules by the same @/ paths as the app.
  resolve: { alias: aliases },
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for a condition; on a busy 2-core machine a page that loads on demand
    // can take seconds, so give up only after 20 s (vitest's default is 1 s).
    expect: { poll: { timeout: 20_000 } },
  },
});
