/**
 * End-to-end tests: the production build, served by `vite preview`, played in Debian's Chromium
 * through playwright-core. `npm run test:e2e`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the files share one preview server and the machine's CPU.
    fileParallelism: false,
    // On CI, a test that fails is run once more: a loaded runner makes a browser test miss a
    // deadline now and then. One that passes only then is not hidden: the attempts reporter
    // (test/support/attempts-reporter.ts) names it as flaky in `.ci/run`'s summary.
    retry: process.env.CI ? 1 : 0,
    includeTaskLocation: true,
  },
});
