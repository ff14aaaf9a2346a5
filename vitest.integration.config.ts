import { defineConfig } from 'vitest/config';

// Docker tier: real engine, real Flink. Runs serially: clusters share the machine's 2 cores and port 8081.
export default defineConfig({
  test: {
    // test/flink2 (Flink 2.3) only with FLINKFT_FLINK2=1: its own tier, docker-2.3 (scripts/test-all.sh).
    include: ['core/**/*.docker.test.ts', 'test/integration/**/*.test.ts', ...(process.env['FLINKFT_FLINK2'] ? ['test/flink2/**/*.test.ts'] : [])],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
    globalSetup: ['test/integration/global-setup.ts'],
  },
});
