import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import type { RecoveryCheckOptions, RecoveryReport } from '../../../core/recovery/index.js';
import * as vscode from './test-support/fake-vscode-testing.js';

vi.mock('vscode', () => import('./test-support/fake-vscode-testing.js'));
// The drill itself is tested in core/recovery (fakes) and test/integration (real Flink); here only the glue.
const runRecoveryCheck = vi.fn<(cluster: unknown, spec: { artifact: string; entryClass?: string; args?: readonly string[] }, options: RecoveryCheckOptions) => Promise<RecoveryReport>>();
vi.mock('../../../core/recovery/index.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../core/recovery/index.js')>()),
  runRecoveryCheck: (...args: Parameters<typeof runRecoveryCheck>) => runRecoveryCheck(...args),
}));

const { RecoveryTestTree, RECOVERS_LABEL, CONTROL_LABEL, FAULTS_GROUP_LABEL } = await import('./recovery-test-tree.js');
const { runRecoveryTests } = await import('./run-recovery-tests.js');
const { RecoveryCodeLensProvider } = await import('./recovery-code-lens.js');

const PROBE = resolve(import.meta.dirname, '../../../examples/probe');
const JAVA_ID = 'jvm:dev.flinkft.probe.FaultToleranceProbe';
const fakeCluster = { name: 'fake' };

function report(over: Partial<RecoveryReport>): RecoveryReport {
  return { verdict: 'pass', summary: 'recovered', job: { artifact: 'x', args: [], control: false }, steps: [], timelines: [], startedAt: 0, durationMs: 12_345, phases: { setupMs: 0, cleanupMs: 0 }, ...over };
}

async function setUp() {
  const controller = vscode.tests.createTestController('flinkFtRecovery', 'Flink recovery');
  const tree = new RecoveryTestTree(controller as never);
  await tree.refresh(PROBE);
  const deps = { folder: () => PROBE, ensureCluster: vi.fn(async () => fakeCluster as never) };
  const run = async (item: { id: string }, cts = new vscode.CancellationTokenSource()) => {
    await runRecoveryTests(controller as never, tree, deps, new vscode.TestRunRequest([item as vscode.TestItem]) as never, cts.token as never);
    return controller.runs.at(-1)!;
  };
  return { controller, tree, deps, run };
}

beforeEach(() => {
  runRecoveryCheck.mockReset();
  vscode.workspace.isTrusted = true;
});

describe('the recovery Test Explorer tree', () => {
  it('lists each job at its execute call with the recovery test, and the negative control for probes', async () => {
    const { controller } = await setUp();
    const java = controller.items.get(JAVA_ID)!;
    expect(java.label).toBe('FaultToleranceProbe');
    expect(java.uri?.fsPath).toBe(resolve(PROBE, 'java/src/main/java/dev/flinkft/probe/FaultToleranceProbe.java'));
    const children: string[] = [];
    java.children.forEach((c) => children.push(`${c.id} ${c.label}`));
    expect(children).toEqual([`${JAVA_ID}#recovers ${RECOVERS_LABEL}`, `${JAVA_ID}#control ${CONTROL_LABEL}`, `${JAVA_ID}#faults ${FAULTS_GROUP_LABEL}`]);
    expect(controller.items.get('py:python/probe.py')?.label).toBe('probe.py');
    expect(java.range?.start.line).toBeGreaterThan(0);
  });

  it('lists one test per fault under "other faults"; running the job runs only the kill and the control', async () => {
    const { controller, tree } = await setUp();
    const group = controller.items.get(JAVA_ID)!.children.get(`${JAVA_ID}#faults`)!;
    const faults: string[] = [];
    group.children.forEach((c) => faults.push(c.label));
    expect(faults).toEqual(['survives pause-tm', 'survives partition-tm', 'survives delay-tm=300', 'survives loss-tm=20', 'survives oom-tm', 'survives kill-jm']);
    expect(tree.collect([controller.items.get(JAVA_ID)! as never], undefined).map((i) => i.id)).toEqual([`${JAVA_ID}#recovers`, `${JAVA_ID}#control`]);
    expect(tree.collect([group as never], undefined)).toHaveLength(6);
  });
});

describe('running recovery tests', () => {
  it('a failed drill fails the test with expected vs actual at the execute call, and the report in the output', async () => {
    const { tree, run } = await setUp();
    runRecoveryCheck.mockResolvedValue(report({
      verdict: 'fail',
      summary: 'Failed at "kill 1: restored from a checkpoint taken before the kill"',
      steps: [{ id: 'restored-from-checkpoint', round: 1, title: 'restored from a checkpoint taken before the kill', status: 'failed', expected: 'counts.restored above 0', seen: 'counts.restored 0', evidence: {}, at: 0, durationMs: 5 }],
    }));
    const item = tree.find(JAVA_ID)!;
    const r = await run(item);
    const failed = r.events.find((e) => e.kind === 'failed');
    expect(failed).toMatchObject({ id: item.id, duration: 12_345 });
    const [message] = (failed as { messages: vscode.TestMessage[] }).messages;
    expect(message).toMatchObject({ message: 'kill 1: restored from a checkpoint taken before the kill', expectedOutput: 'counts.restored above 0', actualOutput: 'counts.restored 0' });
    expect(message!.location?.uri.fsPath).toBe(item.uri!.fsPath);
    expect(message!.location?.range.start.line).toBe(item.range!.start.line);
    const output = r.events.filter((e) => e.kind === 'output').map((e) => (e as { text: string }).text).join('');
    expect(output).toContain('FAIL: Failed at "kill 1: restored from a checkpoint taken before the kill"\r\n');
    expect(r.events.map((e) => e.kind).filter((k) => k !== 'output')).toEqual(['enqueued', 'started', 'failed']);
    expect(r.ended).toBe(true);
  });

  it('a finding that predicted the failure is a message at its own line in the job\'s project', async () => {
    const { tree, run } = await setUp();
    runRecoveryCheck.mockResolvedValue(report({
      verdict: 'fail',
      steps: [{ id: 'output-continued', round: 1, title: 'output continued (did not start over)', status: 'failed', expected: 'no line printed again', seen: 'started over: …', evidence: {}, at: 0, durationMs: 5 }],
      findings: [{ ruleId: 'FLINK002', ruleName: 'non-replayable-source', message: 'The source keeps no position.', file: 'src/main/java/dev/flinkft/probe/FaultToleranceProbe.java', line: 40 }],
    }));
    const r = await run(tree.find(JAVA_ID)!);
    const messages = (r.events.find((e) => e.kind === 'failed') as { messages: vscode.TestMessage[] }).messages;
    const cited = messages.find((m) => String(m.message).startsWith('Static analysis predicted it: FLINK002'))!;
    expect(cited.location?.uri.fsPath).toBe(resolve(PROBE, 'java/src/main/java/dev/flinkft/probe/FaultToleranceProbe.java'));
    expect(cited.location?.range.start.line).toBe(39);
  });

  it('passes with the drill\'s duration; the control runs the probe with checkpointing off', async () => {
    const { tree, run } = await setUp();
    runRecoveryCheck.mockResolvedValue(report({}));
    const r = await run(tree.find(JAVA_ID, true)!);
    expect(r.events.find((e) => e.kind === 'passed')).toEqual({ kind: 'passed', id: `${JAVA_ID}#control`, duration: 12_345 });
    const [, spec, options] = runRecoveryCheck.mock.calls[0]!;
    expect(spec).toEqual({ artifact: resolve(PROBE, 'java'), entryClass: 'dev.flinkft.probe.FaultToleranceProbe', args: ['--checkpointing', 'false', '--restart-attempts', '3'] });
    expect(options.control).toBe(true);
  });

  it('a fault test runs the drill with its fault', async () => {
    const { controller, tree, run } = await setUp();
    runRecoveryCheck.mockResolvedValue(report({}));
    const item = controller.items.get(JAVA_ID)!.children.get(`${JAVA_ID}#faults`)!.children.get(`${JAVA_ID}#fault:delay-tm=300`)!;
    expect(tree.testOf(item as never)?.fault).toEqual({ kind: 'delay-tm', value: 300 });
    const r = await run(item);
    expect(r.events.find((e) => e.kind === 'passed')).toMatchObject({ id: item.id });
    expect(runRecoveryCheck.mock.calls[0]![2].faults).toEqual([{ kind: 'delay-tm', value: 300 }]);
  });

  it('Stop aborts the drill\'s signal and marks the test skipped', async () => {
    const { tree, run } = await setUp();
    const cts = new vscode.CancellationTokenSource();
    runRecoveryCheck.mockImplementation(async (_c, _s, options) => {
      cts.cancel();
      expect(options.signal?.aborted).toBe(true);
      return report({ verdict: 'inconclusive', cancelled: true });
    });
    const r = await run(tree.find(JAVA_ID)!, cts);
    expect(r.events.filter((e) => e.kind !== 'output').map((e) => e.kind)).toEqual(['enqueued', 'started', 'skipped']);
  });

  it('refuses to run in an untrusted workspace, saying why', async () => {
    const { tree, run, deps } = await setUp();
    vscode.workspace.isTrusted = false;
    const r = await run(tree.find(JAVA_ID)!);
    const errored = r.events.find((e) => e.kind === 'errored') as { messages: vscode.TestMessage[] };
    expect(errored.messages[0]?.message).toMatch(/needs a trusted workspace/);
    expect(deps.ensureCluster).not.toHaveBeenCalled();
    expect(runRecoveryCheck).not.toHaveBeenCalled();
  });

  it('an error before the verdict (e.g. Docker unavailable) marks the test errored with the message', async () => {
    const { tree, run } = await setUp();
    runRecoveryCheck.mockRejectedValue(new Error('Docker is not running. Start Docker Desktop.'));
    const r = await run(tree.find(JAVA_ID)!);
    expect((r.events.find((e) => e.kind === 'errored') as { messages: vscode.TestMessage[] }).messages[0]?.message).toBe('Docker is not running. Start Docker Desktop.');
  });
});

describe('the Run recovery check CodeLens', () => {
  it('sits above execute in trusted workspaces, with the negative control for probes', async () => {
    const { tree } = await setUp();
    const lenses = new RecoveryCodeLensProvider(tree);
    const file = resolve(PROBE, 'java/src/main/java/dev/flinkft/probe/FaultToleranceProbe.java');
    const found = lenses.provideCodeLenses({ uri: vscode.Uri.file(file) } as never);
    expect(found.map((l) => [l.command?.title, l.command?.command, l.command?.arguments])).toEqual([
      ['Run recovery check', COMMAND_IDS.runRecoveryCheck, [JAVA_ID, false]],
      ['Negative control', COMMAND_IDS.runRecoveryCheck, [JAVA_ID, true]],
    ]);
    expect(found[0]!.range.start.line).toBe(tree.find(JAVA_ID)!.range!.start.line);
    vscode.workspace.isTrusted = false;
    expect(lenses.provideCodeLenses({ uri: vscode.Uri.file(file) } as never)).toEqual([]);
  });
});
