import { defineConfig } from 'vitest/config';

// Unit tier: fast, no Docker, no editor. The Docker tier lives in test/integration and has its own config.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'client/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.docker.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
