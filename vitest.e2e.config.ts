import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite: drives the built app (dist/) in Debian's Chromium through playwright-core.
 * One worker, files in sequence: the machine has two cores and SwiftShader WebGL is CPU-bound,
 * so parallel browsers only make every test slower and flakier. Timeouts are generous for the same reason;
 * no assertion depends on how long anything took.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
