import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time on a 2-core machine, generous timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
