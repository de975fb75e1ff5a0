import { defineConfig } from 'vitest/config';

// Browser journeys in Debian's Chromium; one file at a time keeps two cores responsive.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
