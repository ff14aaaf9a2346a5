import { defineConfig } from 'vitest/config';

// Docker tier: real engine, real Flink. Runs serially: clusters share the machine's 2 cores and port 8081.
export default defineConfig({
  test: {
    include: ['core/**/*.docker.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
    globalSetup: ['test/integration/global-setup.ts'],
  },
});
