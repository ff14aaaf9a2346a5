import { defineConfig } from 'vitest/config';

// UI tier: the packaged .vsix in a real VS Code (code-server) driven by Playwright in Chromium.
// One file at a time: each file starts its own code-server and browser, and the machine has 2 cores.
// Set-up (scripts/e2e/setup-code-server.sh, packaging) runs once in the global setup.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
