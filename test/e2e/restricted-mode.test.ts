// Restricted Mode: a folder VS Code does not trust. Analysis only reads text, so the extension
// declares `untrustedWorkspaces: limited` and its diagnostics must still appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../core/analysis/index.js';
import { captureFailures } from './harness/capture-failures.js';
import { expectedFor, inProblemsOrder, problemText } from './harness/expected.js';
import { startSession, type Session } from './harness/session.js';

const socketWordCount = 'java/src/main/java/dev/flinkft/examples/SocketWordCount.java';

let session: Session | undefined;
let expected: AnalysisResult;

beforeAll(async () => {
  ({ result: expected } = await expectedFor(socketWordCount));
  session = await startSession({ name: 'restricted', trusted: false });
});
afterAll(async () => {
  await session?.stop();
});
captureFailures(() => session);

describe('an untrusted folder (Restricted Mode)', () => {
  it('is really in Restricted Mode', async () => {
    const { page } = session ?? {};
    await page?.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    expect(await page?.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count()).toBe(1);
  });

  it('still shows the diagnostics of SocketWordCount', async () => {
    if (!session) throw new Error('no UI session');
    await session.workbench.openFile(socketWordCount);
    const want = inProblemsOrder(expected.findings);
    expect(want.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['FLINK001']));
    const problems = await session.workbench.problems((rows) => rows.length >= want.length);
    expect(problems.map((problem) => problem.text)).toEqual(want.map(problemText));
    await session.workbench.screenshot('restricted-mode');
  });
});
