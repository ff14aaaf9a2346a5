// Registers an afterEach that screenshots the workbench when a test fails, so a red run in CI leaves
// the screen it failed on in test-results/e2e/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { resultsDir } from './paths.js';
import type { Session } from './session.js';

export function captureFailures(session: () => Session | undefined): void {
  afterEach(async (context) => {
    const current = session();
    if (!current || context.task.result?.state !== 'fail') return;
    const name = `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    await current.workbench.screenshot(name).catch(() => undefined);
    // The error next to the screenshot: vitest reports it only when the whole file has finished.
    const errors = (context.task.result?.errors ?? []).map((error) => `${error.message}\n${error.stack ?? ''}`).join('\n\n');
    const logTail = current.extensionHostLogTail();
    writeFileSync(join(resultsDir, `${current.workbench.sessionName}-${name}.txt`), `${errors}\n\n${logTail}`);
    // CI keeps only what was printed: the extension host's side of the failure goes to the output too.
    console.log(`[${current.workbench.sessionName}] ${context.task.name} failed; extension host log tail:\n${logTail}`);
  });
}
