import { defineConfig } from 'vitest/config';

// Fuzz tier: the analyzer and the language server fed mutated fixtures (174,000 analyses, minutes
// of CPU). Separate from the unit tier so that `npm run test:unit` stays quick while developing;
// `npm test` (scripts/test-all.sh) and CI run it.
export default defineConfig({
  test: {
    include: ['core/analysis/fuzz/**/*.test.ts'],
    testTimeout: 600_000,
    pool: 'forks',
  },
});
