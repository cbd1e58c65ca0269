import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/model/**/*.test.{ts,tsx}', 'test/server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // The real story, compiled once for the whole run and injected into the workers.
    globalSetup: ['test/support/real-story-setup.ts'],
    testTimeout: 30_000,
    includeTaskLocation: true,
  },
});
