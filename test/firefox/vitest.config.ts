import { defineConfig } from 'vitest/config';

// Firefox tests: one firefox-esr at a time, generous timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.ff.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
