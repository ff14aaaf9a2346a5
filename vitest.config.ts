import { defineConfig } from 'vitest/config';

// Unit tier: fast, no Docker, no editor. The fuzz tier (core/analysis/fuzz), the Docker tier
// (test/integration) and the UI tier (test/e2e) have their own configs.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'client/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.docker.test.ts', 'core/analysis/fuzz/**'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
