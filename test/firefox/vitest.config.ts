import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the shared suite (test/browser) and what only Firefox has
// (test/firefox). One firefox-esr at a time, generous timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.ff.ts', 'test/browser/**/*.browser.ts'],
    env: { CC_BROWSER: 'firefox' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
