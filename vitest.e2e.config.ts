import { defineConfig } from 'vitest/config';

/** Browser tests of the task pane preview (headless Chromium). Build the preview first: `npm run build:preview`. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
