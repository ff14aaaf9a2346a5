// Registers an afterEach that screenshots the workbench when a test fails, so a red run in CI leaves
// the screen it failed on in test-results/e2e/.
import { afterEach } from 'vitest';
import type { Session } from './session.js';

export function captureFailures(session: () => Session | undefined): void {
  afterEach(async (context) => {
    const current = session();
    if (!current || context.task.result?.state !== 'fail') return;
    const name = `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    await current.workbench.screenshot(name).catch(() => undefined);
  });
}
