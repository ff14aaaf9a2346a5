// Jobs and recovery drills on Flink 2.3, the same checks as on 1.20 (test/integration/recovery.test.ts,
// jobs-lifecycle.test.ts): the 2.x Java probe (examples/probe/java-flink2, chosen by probeJob for
// the version) and the PyFlink probe. The Docker tier's "docker-2.3" runs it (FLINKFT_FLINK2=1).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Wait, type StartedFlinkCluster } from '../../core/cluster/index.js';
import { buildIfStale, findLatestCheckpoint, localClusterInfo, stopWithSavepoint, submitJob, toHostPath, type JobTarget } from '../../core/jobs/index.js';
import { RECOVERY_CLUSTER_PROPERTIES, formatReport, probeJob, runRecoveryCheck, type RecoveryReport, type StepId } from '../../core/recovery/index.js';
import { runCli } from '../../cli/src/run-cli.js';
import { resetCluster } from '../integration/support/reset-cluster.js';
import { FLINK2_VERSION, ROOT, buildFlink2Image, startFlink2Cluster } from './support/flink23-cluster.js';
import { awaitProbeLines, firstSeqPerKey, lastSeqPerKey, markOutput, probeLinesSince } from './support/probe-output.js';

const PROBE_ARGS = ['--keys', '4', '--rate', '40', '--interval-ms', '1000'];
const TASK_MANAGERS = 3;
const KEYS = 4;

function step(report: RecoveryReport, id: StepId, round = 1) {
  return report.steps.find((s) => s.id === id && (s.round ?? round) === round);
}

describe('Flink 2.3: jobs and recovery drills', () => {
  let cluster: StartedFlinkCluster;
  let workspace: { path: string } & AsyncDisposable;
  let target: JobTarget;
  let probeJar: string;
  const javaProbe = probeJob(ROOT, 'java', { flinkVersion: FLINK2_VERSION, args: PROBE_ARGS });

  beforeAll(async () => {
    buildFlink2Image();
    const [built, started] = await Promise.all([
      buildIfStale(javaProbe.artifact),
      startFlink2Cluster({ name: 'flink23-drills', restPort: 18125, taskManagers: TASK_MANAGERS, flinkProperties: RECOVERY_CLUSTER_PROPERTIES }),
    ]);
    probeJar = built.jarPath;
    ({ cluster, workspace } = started);
    target = { rest: cluster.rest, local: localClusterInfo(cluster) };
    expect((await cluster.status()).rest).toMatchObject({ reachable: true, flinkVersion: FLINK2_VERSION });
  });

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  // A drill that failed half-way must not fail the next: no job left, TASK_MANAGERS running.
  beforeEach(() => resetCluster(cluster, { count: TASK_MANAGERS }));

  /** `flink-ft recover` in-process, adopting this workspace's 2.3 cluster. */
  async function recover(extra: readonly string[]): Promise<{ code: number; report: RecoveryReport }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['recover', javaProbe.artifact, ...PROBE_ARGS.flatMap((a) => [`--arg=${a}`]), '--workspace', workspace.path, '--json', ...extra], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      cwd: workspace.path,
      stderrIsTTY: false,
      now: () => performance.now(),
    });
    // It ran on this 2.3 cluster, not on one of its own.
    expect(stderr).toContain('is already running');
    return { code, report: JSON.parse(stdout) as RecoveryReport };
  }

  it('flink-ft recover passes on the 2.x Java probe: restored from a checkpoint taken before the kill, no gap or duplicate', async () => {
    const { code, report } = await recover([]);
    console.log(`[flink-2.3] recover java-flink2\n${formatReport(report)}`);
    expect([code, report.verdict]).toEqual([0, 'pass']);
    expect(report.job.entryClass).toBe('dev.flinkft.probe.FaultToleranceProbe');
    expect(step(report, 'sequence-intact')?.status).toBe('passed');
    const restored = step(report, 'restored-from-checkpoint')!.evidence as { latestRestored: { id: number; is_savepoint: boolean }; lastCompletedBeforeKill: number };
    expect(restored.latestRestored.is_savepoint).toBe(false);
    expect(restored.latestRestored.id).toBeLessThanOrEqual(restored.lastCompletedBeforeKill);
    expect(report.timelines[0]?.events.map((e) => e.name)).toEqual(['kill', 'failure-noticed', 'restarting', 'restored', 'running', 'next-checkpoint']);
    expect((await cluster.rest.job(report.job.jobId!)).state).toBe('CANCELED');
  });

  it('flink-ft recover --control fails on 2.3: nothing restored, the output started over', async () => {
    const { code, report } = await recover(['--control']);
    console.log(`[flink-2.3] recover --control\n${formatReport(report)}`);
    expect([code, report.verdict]).toEqual([1, 'fail']);
    expect(report.decisiveStep?.id).toBe('restored-from-checkpoint');
    expect(report.decisiveStep?.seen).toContain('state lost');
    expect(step(report, 'running-again')?.status).toBe('passed');
    expect(step(report, 'output-continued')?.seen).toMatch(/^started over: key \d printed 0 again after recovery/);
  });

  it('the 2.x unreplayable probe (Source API, forgetful generator) fails "output continued": the source started over', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'unreplayable', { flinkVersion: FLINK2_VERSION, args: PROBE_ARGS }));
    console.log(`[flink-2.3] unreplayable\n${formatReport(report)}`);
    expect(report.verdict).toBe('fail');
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    expect(report.decisiveStep?.id).toBe('output-continued');
    expect(step(report, 'output-continued')?.seen).toMatch(/^started over: /);
    expect(step(report, 'sequence-intact')?.seen).toMatch(/DUPLICATE/);
  });

  it('the PyFlink probe passes the drill on 2.3', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'python', { flinkVersion: FLINK2_VERSION, args: PROBE_ARGS }));
    console.log(`[flink-2.3] pyflink\n${formatReport(report)}`);
    expect(report.verdict).toBe('pass');
    expect(step(report, 'sequence-intact')?.status).toBe('passed');
  });

  it('Java probe jobs: submit, TaskManager output, cancel, restart from the latest checkpoint, stop with a savepoint, restart from it', async () => {
    const args = ['--keys', String(KEYS), '--rate', '40'];
    const firstMark = await markOutput(workspace.path);
    const first = await submitJob(target, { artifact: probeJar, args });
    expect(first.entryClass).toBe('dev.flinkft.probe.FaultToleranceProbe');
    await Wait.forCompletedCheckpoints(first.jobId, 2).withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    await awaitProbeLines(workspace.path, firstMark, KEYS, 5);
    await cluster.rest.cancelJob(first.jobId);
    await Wait.forJobState(first.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const printedBefore = await probeLinesSince(workspace.path, firstMark);
    expect(printedBefore.filter((l) => l.status !== 'OK')).toEqual([]);

    // Retained on cancellation (the probe's RETAIN_ON_CANCELLATION), found on the host, restored.
    const latest = await findLatestCheckpoint(localClusterInfo(cluster).checkpointDir, first.jobId);
    const completed = (await cluster.rest.checkpoints(first.jobId)).latest.completed!;
    expect(latest.checkpointId).toBe(completed.id);
    expect(toHostPath(localClusterInfo(cluster).mapping, completed.external_path!)).toBe(latest.path);
    const mark = await markOutput(workspace.path);
    const second = await submitJob(target, { artifact: probeJar, args, restore: { kind: 'latest-checkpoint', jobId: first.jobId } });
    expect(second.restoredFrom).toMatchObject({ kind: 'checkpoint', jobId: first.jobId, checkpointId: latest.checkpointId, hostPath: latest.path });
    const restored = (await cluster.rest.checkpoints(second.jobId)).latest.restored;
    console.log(`[flink-2.3] restored through savepointPath: ${JSON.stringify(restored)}`);
    // As on 1.20.5: a restore through savepointPath counts as a savepoint restore in REST, retained checkpoints included.
    expect(restored).toMatchObject({ id: latest.checkpointId, is_savepoint: true, external_path: `file:${second.restoredFrom!.savepointPath}` });
    const after = await awaitProbeLines(workspace.path, mark, KEYS, 5);
    const lastBefore = lastSeqPerKey(printedBefore, KEYS);
    const firstAfter = firstSeqPerKey(after, KEYS);
    for (let k = 0; k < KEYS; k++) {
      expect(firstAfter[k]).toBeGreaterThan(0);
      expect(firstAfter[k]).toBeLessThanOrEqual(lastBefore[k]! + 1);
    }
    expect(after.filter((l) => l.status !== 'OK')).toEqual([]);

    const savepoint = await stopWithSavepoint(cluster.rest, second.jobId);
    expect(savepoint.location).toMatch(/^file:\/flink-data\/savepoints\/savepoint-[0-9a-f]{6}-[0-9a-f]{12}$/);
    await Wait.forJobState(second.jobId, 'FINISHED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const printedBySecond = await probeLinesSince(workspace.path, mark);
    const markSavepoint = await markOutput(workspace.path);
    const third = await submitJob(target, { artifact: probeJar, args, restore: { kind: 'path', path: toHostPath(localClusterInfo(cluster).mapping, savepoint.location)! } });
    expect(third.restoredFrom?.kind).toBe('savepoint');
    expect((await cluster.rest.checkpoints(third.jobId)).latest.restored).toMatchObject({ is_savepoint: true, external_path: savepoint.location });
    const afterSavepoint = await awaitProbeLines(workspace.path, markSavepoint, KEYS, 3);
    // Stopped with a savepoint: the restored job goes on exactly where the source stopped.
    expect(firstSeqPerKey(afterSavepoint, KEYS)).toEqual(lastSeqPerKey(printedBySecond, KEYS).map((s) => s + 1));
    expect(afterSavepoint.filter((l) => l.status !== 'OK')).toEqual([]);
    await cluster.rest.cancelJob(third.jobId);
    await Wait.forJobState(third.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
  });
});
