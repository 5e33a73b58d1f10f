import { defineConfig } from 'vitest/config';

// Browser tests in Chromium: its own suite (test/e2e) and the shared one (test/browser).
// One Chromium at a time on a 2-core machine, generous timeouts for a cold start.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/browser/**/*.browser.ts'],
    env: { CC_BROWSER: 'chromium' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
