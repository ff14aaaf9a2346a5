import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StartedFlinkCluster } from '../../core/cluster/index.js';
import {
  formatReport,
  probeJob,
  runRecoveryCheck,
  type RecoveryReport,
  type StepId,
} from '../../core/recovery/index.js';
import { useRecoveryCluster } from './support/recovery-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
// A fast probe: 4 keys, 40 records/s, a checkpoint a second.
const PROBE_ARGS = ['--keys', '4', '--rate', '40', '--interval-ms', '1000'];

function step(report: RecoveryReport, id: StepId, round = 1) {
  return report.steps.find((s) => s.id === id && (s.round ?? round) === round);
}

function log(name: string, report: RecoveryReport): void {
  console.log(`[recovery] ${name}\n${formatReport(report)}`);
}

/**
 * The drill on real Docker and real Flink. One cluster (3 TaskManagers) for the whole file: each
 * drill cancels its job and replaces what it killed, so the next one starts from the same shape.
 */
describe('recovery drill on a real cluster', () => {
  const started = useRecoveryCluster('recovery', { restPort: 18101, taskManagers: 3, projects: [resolve(ROOT, 'examples/probe/java')] });
  let cluster: StartedFlinkCluster;
  beforeAll(() => {
    cluster = started();
  });

  it('the Java probe passes: restored from a checkpoint taken before the kill, continued, no gap or duplicate', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }));
    log('java probe', report);
    expect(report.verdict).toBe('pass');
    expect(report.steps.filter((s) => s.status === 'failed' || s.status === 'inconclusive')).toEqual([]);
    expect(step(report, 'output-continued')?.status).toBe('passed');
    expect(step(report, 'sequence-intact')?.status).toBe('passed');
    const restored = step(report, 'restored-from-checkpoint')!.evidence as { latestRestored: { id: number; is_savepoint: boolean }; lastCompletedBeforeKill: number };
    expect(restored.latestRestored.is_savepoint).toBe(false);
    expect(restored.latestRestored.id).toBeLessThanOrEqual(restored.lastCompletedBeforeKill);
    expect(report.timelines[0]?.events.map((e) => e.name)).toEqual(['kill', 'failure-noticed', 'restarting', 'restored', 'running', 'next-checkpoint']);
    // The job was cancelled and the killed TaskManager's container removed; a replacement runs.
    expect((await cluster.rest.job(report.job.jobId!)).state).toBe('CANCELED');
    const tms = await cluster.taskManagers();
    expect(tms.map((t) => t.state)).toEqual(['running', 'running', 'running']);
    expect(tms.map((t) => t.id)).not.toContain(report.timelines[0]!.killedTaskManager);
  });

  it('the negative control (checkpointing off, restarts allowed) fails: nothing restored, the output started over', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS, control: true }), { control: true });
    log('negative control', report);
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('restored-from-checkpoint');
    expect(report.decisiveStep?.seen).toContain('state lost');
    expect(step(report, 'running-again')?.status).toBe('passed');
    const output = step(report, 'output-continued');
    expect(output?.status).toBe('failed');
    expect(output?.seen).toMatch(/^started over: key \d printed 0 again after recovery/);
  });

  it('a job without checkpointing fails at once with the FLINK001 explanation', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: [...PROBE_ARGS, '--checkpointing', 'false'] }));
    log('no checkpointing', report);
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('checkpointing-enabled');
    expect(step(report, 'checkpointing-enabled')?.message).toMatch(/^FLINK001 checkpointing-disabled: checkpointing is not enabled for this job/);
    expect(report.steps.some((s) => s.id === 'killed')).toBe(false);
  });

  it('a source that cannot replay (UnreplayableProbe) fails "output continued": the source started over', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'unreplayable', { args: PROBE_ARGS }));
    log('unreplayable', report);
    expect(report.verdict).toBe('fail');
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    expect(report.decisiveStep?.id).toBe('output-continued');
    expect(step(report, 'sequence-intact')?.status).toBe('failed');
    expect(step(report, 'sequence-intact')?.seen).toMatch(/DUPLICATE/);
    // The static analysis saw it coming: the forgetful source keeps no checkpointed position.
    expect(report.findings?.map((f) => `${f.ruleId} ${f.file}`)).toContain('FLINK002 src/main/java/dev/flinkft/probe/UnreplayableProbe.java');
  });

  it('killing a TaskManager that runs none of the job\'s tasks is reported as inconclusive', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: [...PROBE_ARGS, '--parallelism', '1'] }), {
      chooseTarget: (tasks, running) => running.find((id) => !tasks.has(id)),
    });
    log('inconclusive', report);
    expect(report.verdict).toBe('inconclusive');
    expect(report.decisiveStep?.id).toBe('target-picked');
    expect(report.decisiveStep?.seen).toMatch(/^tm-\d+ runs none of the job's tasks \(they run on tm-\d+\)$/);
  });

  it('repeated kills (--kills 3) pass, each round restoring a newer checkpoint', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { kills: 3 });
    log('kills 3', report);
    expect(report.verdict).toBe('pass');
    expect(report.timelines).toHaveLength(3);
    const ids = [1, 2, 3].map((r) => (step(report, 'restored-from-checkpoint', r)!.evidence as { latestRestored: { id: number } }).latestRestored.id);
    expect(ids[1]!).toBeGreaterThan(ids[0]!);
    expect(ids[2]!).toBeGreaterThan(ids[1]!);
  });

  it('the PyFlink probe passes', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'python', { args: PROBE_ARGS }));
    log('pyflink probe', report);
    expect(report.verdict).toBe('pass');
    expect(step(report, 'output-continued')?.status).toBe('passed');
    expect(step(report, 'sequence-intact')?.status).toBe('passed');
  });
});
