import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report.js';
import { runRecoveryDrill } from './recovery-drill.js';
import type { DrillOptions } from './drill-options.js';
import type { Fault } from './faults/fault.js';
import type { RecoveryReport } from './recovery-report.js';
import { FakeFlink, type PrintStyle, type Scenario } from './test-support/fake-flink.js';

async function drill(scenario: Scenario, options: DrillOptions = {}, printStyle?: PrintStyle): Promise<{ report: RecoveryReport; flink: FakeFlink }> {
  const flink = new FakeFlink(scenario, printStyle);
  const report = await runRecoveryDrill(
    {
      cluster: flink,
      launch: async () => ({ jobId: 'a'.repeat(32), entryClass: 'dev.flinkft.probe.FaultToleranceProbe' }),
      openOutput: async () => flink.output(),
      job: { artifact: 'probe.jar', args: [] },
    },
    { pollIntervalMs: 1, linesAfterRecovery: 2, timeouts: { outputMs: 2_000, failureMs: 2_000, recoveryMs: 2_000, nextCheckpointMs: 2_000, checkpointsMs: 2_000, startMs: 2_000 }, ...options },
  );
  return { report, flink };
}

function statuses(report: RecoveryReport): string[] {
  return report.steps.map((s) => `${s.round ?? 0}:${s.id}:${s.status}`);
}

describe('runRecoveryDrill against a simulated Flink', () => {
  it('passes a job that restores its checkpoint and continues, with every step and a full timeline', async () => {
    const { report, flink } = await drill('recovers');
    expect(report.verdict).toBe('pass');
    expect(report.decisiveStep).toBeUndefined();
    expect(statuses(report)).toEqual([
      '0:submitted:passed',
      '0:checkpointing-enabled:passed',
      '0:running-with-checkpoints:passed',
      '1:target-picked:passed',
      '1:killed:passed',
      '1:failure-observed:passed',
      '1:running-again:passed',
      '1:restored-from-checkpoint:passed',
      '1:new-checkpoint:passed',
      '1:output-continued:passed',
      '1:sequence-intact:passed',
    ]);
    // The source's TaskManager is the target; the job is cancelled and the dead container removed.
    expect(flink.calls.filter((c) => /^(kill|add|remove|cancel)/.test(c))).toEqual(['kill tm-1', 'add tm-4', 'cancel', 'remove tm-1']);
    const [timeline] = report.timelines;
    expect(timeline?.killedTaskManager).toBe('tm-1');
    expect(timeline?.replacementTaskManager).toBe('tm-4');
    expect(timeline?.events.map((e) => e.name)).toEqual(['kill', 'failure-noticed', 'restarting', 'restored', 'running', 'next-checkpoint']);
    for (const e of timeline!.events) expect(e.sinceKillMs).toBeGreaterThanOrEqual(0);
    expect(timeline?.killToRunningMs).toBeGreaterThanOrEqual(0);
    expect(timeline?.checkOverheadMs).toBeGreaterThanOrEqual(0);
  });

  it('never passes a job whose output it could not judge: "not judged", saying only what was verified', async () => {
    const { report } = await drill('recovers', {}, 'unstructured');
    expect(report.verdict).toBe('not-judged');
    expect(report.decisiveStep).toMatchObject({ id: 'output-continued', round: 1 });
    const output = report.steps.find((s) => s.id === 'output-continued');
    expect(output?.status).toBe('not-judged');
    expect(output?.message).toMatch(/--assert-regex/);
    expect(report.summary).toMatch(/^Restored, output not judged: after a TaskManager crash the job ran again with all tasks, restored a checkpoint taken before the kill and completed a new checkpoint; its output was not judged \(/);
    expect(report.summary).not.toMatch(/continued its output/);
    expect(formatReport(report).split('\n')[0]).toMatch(/^NOT JUDGED: /);
  });

  it('judges an ordinary keyed count with no configuration: passes, with the restored operator state as evidence', async () => {
    const { report } = await drill('recovers', {}, 'counts');
    expect(report.verdict).toBe('pass');
    const output = report.steps.find((s) => s.id === 'output-continued');
    expect(output?.seen).toMatch(/^continued: (seq, count|count, seq) resumed at or above the checkpointed value for 4 key\/field pair\(s\)/);
    expect(report.steps.find((s) => s.id === 'restored-from-checkpoint')?.seen).toMatch(/, with 2048 bytes of state for v-check$/);
  });

  it('counts kept in a plain field fail "state went back" while the sequence continues', async () => {
    const { report } = await drill('field-counts', {}, 'counts');
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('output-continued');
    const output = report.steps.find((s) => s.id === 'output-continued');
    expect(output?.seen).toMatch(/^state went back: count for key=k\d had reached \d+ before checkpoint \d+ was taken, and was 1 after the restore \(back to its initial value 1\).*, while seq continued$/);
    expect(output?.message).toMatch(/plain field/);
  });

  it('a source that ignores its checkpointed position fails "started over"', async () => {
    const { report } = await drill('unreplayable', {}, 'sequence');
    expect(report.verdict).toBe('fail');
    const output = report.steps.find((s) => s.id === 'output-continued');
    expect(output?.seen).toMatch(/^started over: the job's first line "event seq=0" was printed again after the restore, though checkpoint \d+ was taken after it$/);
  });

  it('says what it verified when it passes', async () => {
    const { report } = await drill('recovers');
    expect(report.summary).toBe('The job recovered from a TaskManager crash: it ran again with all tasks, restored a checkpoint taken before the kill, completed a new checkpoint, continued its output instead of starting over and printed no gap or duplicate per key.');
  });

  it('fails at once with the FLINK001 explanation when the job does not checkpoint, without killing anything', async () => {
    const { report, flink } = await drill('no-checkpointing');
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep).toMatchObject({ id: 'checkpointing-enabled', seen: 'checkpointing is not enabled for this job' });
    expect(report.steps.at(-1)?.message).toContain('FLINK001');
    expect(report.steps.at(-1)?.message).toContain('enableCheckpointing');
    expect(flink.calls.some((c) => c.startsWith('kill'))).toBe(false);
    expect(flink.calls).toContain('cancel');
  });

  it('negative control: fails showing nothing restored (state lost) and the output started over', async () => {
    const { report } = await drill('control', { control: true });
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('restored-from-checkpoint');
    expect(report.decisiveStep?.seen).toContain('state lost');
    const output = report.steps.find((s) => s.id === 'output-continued');
    expect(output?.status).toBe('failed');
    expect(output?.seen).toMatch(/^started over: key 0 printed 0 again after recovery/);
    expect(report.steps.find((s) => s.id === 'new-checkpoint')?.status).toBe('skipped');
  });

  it('a source that cannot replay fails "output continued" and the per-key sequence check (duplicates)', async () => {
    const { report } = await drill('unreplayable');
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('output-continued');
    expect(report.steps.find((s) => s.id === 'restored-from-checkpoint')?.status).toBe('passed');
    const sequence = report.steps.find((s) => s.id === 'sequence-intact');
    expect(sequence?.status).toBe('failed');
    expect(sequence?.seen).toMatch(/DUPLICATE/);
  });

  it('a job that is not restarted fails "running again" with the state it ended in', async () => {
    const { report } = await drill('fails');
    expect(report.decisiveStep).toMatchObject({ id: 'running-again', round: 1 });
    expect(report.decisiveStep?.seen).toMatch(/^the job ended FAILED/);
  });

  it('is inconclusive when the killed TaskManager runs none of the job\'s tasks', async () => {
    const { report, flink } = await drill('recovers', { targetTaskManager: 'tm-3' });
    expect(report.verdict).toBe('inconclusive');
    expect(report.decisiveStep).toMatchObject({ id: 'target-picked', seen: "tm-3 runs none of the job's tasks (they run on tm-1, tm-2)" });
    expect(flink.calls).toContain('kill tm-3');
  });

  it('repeats the kill: three rounds, three timelines, each target the TaskManager then running the source', async () => {
    const { report } = await drill('recovers', { kills: 3 });
    expect(report.verdict).toBe('pass');
    expect(report.timelines.map((t) => `${t.killedTaskManager}->${t.replacementTaskManager}`)).toEqual(['tm-1->tm-4', 'tm-4->tm-5', 'tm-5->tm-6']);
    expect(report.steps.filter((s) => s.id === 'restored-from-checkpoint').map((s) => s.status)).toEqual(['passed', 'passed', 'passed']);
  });

  it('injects a pluggable fault: its title names the step, and it cleans up after itself', async () => {
    const calls: string[] = [];
    const fault: Fault = {
      title: 'TaskManager crashed (test fault)',
      name: 'crash-tm',
      failure: 'always',
      action: (target) => `crash ${target.id}`,
      pickTarget: async () => ({ ok: true, target: { id: 'tm-1' }, seen: 'tm-1 runs the source', evidence: {} }),
      inject: async (ctx, target) => {
        calls.push(`inject ${target.id}`);
        const issuedAt = Date.now();
        await ctx.cluster.killTaskManager(target.id);
        return { issuedAt, doneAt: Date.now(), seen: `${target.id} crashed`, evidence: {}, replacement: ctx.cluster.addTaskManager().then((h) => h.id) };
      },
      cleanUp: async () => void calls.push('clean up'),
    };
    const { report } = await drill('recovers', { fault });
    expect(report.verdict).toBe('pass');
    expect(report.steps.find((s) => s.id === 'killed')).toMatchObject({ title: 'TaskManager crashed (test fault)', seen: 'tm-1 crashed' });
    expect(report.timelines[0]?.replacementTaskManager).toBe('tm-4');
    expect(calls).toEqual(['inject tm-1', 'clean up']);
  });

  it('stops when aborted, reports the drill as cancelled and cancels the job', async () => {
    const controller = new AbortController();
    const flink = new FakeFlink('recovers');
    const report = await runRecoveryDrill(
      {
        cluster: flink,
        launch: async () => ({ jobId: 'b'.repeat(32) }),
        openOutput: async () => flink.output(),
        job: { artifact: 'probe.jar', args: [] },
        onStep: (step) => {
          if (step.id === 'running-with-checkpoints') controller.abort(new Error('stopped by the user'));
        },
      },
      { pollIntervalMs: 1, signal: controller.signal },
    );
    expect(report.cancelled).toBe(true);
    expect(report.verdict).toBe('inconclusive');
    expect(flink.calls).toContain('cancel');
    expect(flink.calls.some((c) => c.startsWith('kill'))).toBe(false);
  });
});
