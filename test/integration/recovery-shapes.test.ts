import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StartedFlinkCluster } from '../../core/cluster/index.js';
import { formatReport, runRecoveryCheck, type RecoveryReport, type StepId } from '../../core/recovery/index.js';
import { runCli } from '../../cli/src/run-cli.js';
import { useRecoveryCluster } from './support/recovery-cluster.js';
import { testImage } from './support/test-cluster.js';

const SHAPES = resolve(import.meta.dirname, '../fixtures/jobs/recovery-shapes');

function step(report: RecoveryReport, id: StepId) {
  return report.steps.find((s) => s.id === id);
}

function check(cluster: StartedFlinkCluster, entryClass: string): Promise<RecoveryReport> {
  return runRecoveryCheck(cluster, { artifact: SHAPES, entryClass });
}

/**
 * Ordinary jobs nobody configured (issue 13): the drill judges them from their own output and
 * Flink's numbers, or says it could not. One cluster for the file; each drill cleans up after itself.
 */
describe('recovery check on ordinary jobs, without configuration, on a real cluster', () => {
  const started = useRecoveryCluster('recovery-shapes', { restPort: 18103, taskManagers: 2, projects: [SHAPES] });
  let cluster: StartedFlinkCluster & { workspacePath: string };
  beforeAll(() => {
    cluster = started();
  });

  it('a correct keyed count passes: its counts resume at the checkpoint, with the restored state size as evidence', async () => {
    const report = await check(cluster, 'shapes.KeyedCounts');
    console.log(`[shapes] keyed counts\n${formatReport(report)}`);
    expect(report.verdict).toBe('pass');
    expect(step(report, 'output-continued')?.seen).toMatch(/^continued: .*count.* resumed at or above the checkpointed value/);
    expect(step(report, 'restored-from-checkpoint')?.seen).toMatch(/bytes of state for count/);
  });

  it('a source that forgets its position fails "started over"', async () => {
    const report = await check(cluster, 'shapes.ForgetfulSequence');
    console.log(`[shapes] forgetful sequence\n${formatReport(report)}\n${JSON.stringify(step(report, 'output-continued')?.evidence)}`);
    expect(report.verdict).toBe('fail');
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    expect(report.decisiveStep?.id).toBe('output-continued');
    expect(step(report, 'output-continued')?.seen).toMatch(/^started over: (the job's first line "event seq=0" was printed again|seq printed 0 again) after the restore/);
    // The static analysis saw it coming: the source keeps no checkpointed position.
    expect(report.findings?.map((f) => f.ruleId)).toContain('FLINK002');
    expect(report.summary).toMatch(/Static analysis predicted it: FLINK002 non-replayable-source at src\/main\/java\/shapes\/ForgetfulSequence\.java:\d+/);
  });

  it('counts in a plain HashMap field fail "state went back" while the sequence continues', async () => {
    const report = await check(cluster, 'shapes.FieldCounts');
    console.log(`[shapes] field counts\n${formatReport(report)}`);
    expect(report.verdict).toBe('fail');
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    expect(report.decisiveStep?.id).toBe('output-continued');
    expect(step(report, 'output-continued')?.seen).toMatch(/^state went back: count for key=k\d had reached \d+ before checkpoint \d+ was taken, and was 1 after the restore \(back to its initial value 1\).*while seq continued$/);
    // Only the findings of this job are cited, not those of its neighbours in the project.
    expect(report.findings?.map((f) => f.ruleId)).not.toContain('FLINK002');
  });

  it('flink-ft recover exits 1 for the broken job and 3 for the one it cannot judge, with no configuration', async () => {
    const recover = async (entryClass: string) => {
      let stdout = '';
      const code = await runCli(['recover', SHAPES, '--class', entryClass, '--workspace', cluster.workspacePath, '--image', testImage(), '--json'], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: () => undefined },
        cwd: cluster.workspacePath,
        stderrIsTTY: false,
        now: () => performance.now(),
      });
      return { code, report: JSON.parse(stdout) as RecoveryReport };
    };
    const broken = await recover('shapes.FieldCounts');
    expect([broken.code, broken.report.verdict]).toEqual([1, 'fail']);
    const unjudged = await recover('shapes.Unstructured');
    expect([unjudged.code, unjudged.report.verdict]).toEqual([3, 'not-judged']);
  });

  it('a job whose output has no structure ends "not judged", never pass', async () => {
    const report = await check(cluster, 'shapes.Unstructured');
    console.log(`[shapes] unstructured\n${formatReport(report)}`);
    expect(report.verdict).toBe('not-judged');
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    expect(step(report, 'output-continued')).toMatchObject({ status: 'not-judged', seen: expect.stringMatching(/^its output has no structure/) });
    expect(report.summary).toMatch(/^Restored, output not judged: /);
  });
});
