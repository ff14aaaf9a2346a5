import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report.js';
import { runRecoveryDrill } from './recovery-drill.js';
import type { DrillOptions } from './drill-options.js';
import type { Fault } from './faults/fault.js';
import { HA_MISSING_MESSAGE, JobManagerKill, type JobManagerControl } from './faults/job-manager-kill.js';
import type { RecoveryReport } from './recovery-report.js';
import { FakeFlink, type PrintStyle, type Scenario } from './test-support/fake-flink.js';
import { FakeKafka } from './test-support/fake-kafka.js';

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

  it('kill-jm without high availability fails at "running again" at once, saying HA is what is missing, and starts the JobManager again', async () => {
    const calls: string[] = [];
    const jm = { id: 'jobmanager', containerId: 'c', containerName: 'flinkft-x-jobmanager', state: 'running' as const, restUrl: 'http://127.0.0.1:8081' };
    const control: JobManagerControl = {
      highAvailability: false,
      leader: async () => ({ jobManager: 'jobmanager' }),
      jobManagers: async () => [jm],
      killJobManager: async (id) => (calls.push(`kill ${id}`), jm),
      startJobManager: async (id) => (calls.push(`start ${id}`), jm),
      haCheckpointIds: async () => [],
    };
    const { report } = await drill('recovers', { fault: new JobManagerKill(control) });
    expect(report.verdict).toBe('fail');
    expect(statuses(report).slice(3)).toEqual(['1:target-picked:passed', '1:killed:passed', '1:running-again:failed']);
    expect(report.steps.find((s) => s.id === 'running-again')?.message).toBe(HA_MISSING_MESSAGE);
    expect(report.steps.find((s) => s.id === 'target-picked')?.seen).toBe('jobmanager is the only JobManager (no high availability)');
    expect(calls.slice(0, 2)).toEqual(['kill jobmanager', 'start jobmanager']);
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

describe('runRecoveryDrill with the Kafka end-to-end check', () => {
  const e2e = (kafka: FakeKafka, more: Partial<NonNullable<DrillOptions['endToEnd']>> = {}): DrillOptions => ({
    endToEnd: { broker: kafka, inputTopic: 'in', outputTopic: 'out', records: 10, run: 'r', idField: 'id', ...more },
  });

  it('passes an exactly-once pipeline: half the ids before the job, half in flight at the fault, every id once after', async () => {
    const kafka = new FakeKafka('exactly-once', { input: 'in', output: 'out', asJson: true });
    const { report } = await drill('recovers', e2e(kafka), 'unstructured');
    expect(report.verdict).toBe('pass');
    expect(statuses(report)).toEqual([
      '0:ids-written:passed',
      '0:submitted:passed',
      '0:checkpointing-enabled:passed',
      '0:running-with-checkpoints:passed',
      '1:target-picked:passed',
      '1:ids-in-flight:passed',
      '1:killed:passed',
      '1:failure-observed:passed',
      '1:running-again:passed',
      '1:restored-from-checkpoint:passed',
      '1:new-checkpoint:passed',
      // No stdout to judge: the output topic is the output.
      '1:output-continued:skipped',
      '0:ids-delivered:passed',
    ]);
    expect(kafka.calls.filter((c) => c.startsWith('produce'))).toEqual(['produce in 5', 'produce in 5']);
    expect(report.endToEnd).toMatchObject({ verdict: 'pass', expected: 10, read: 10, distinct: 10, outputTopic: 'out', inputTopic: 'in', isolation: 'read_committed', run: 'r' });
    const inFlight = report.steps.find((s) => s.id === 'ids-in-flight')!;
    expect(inFlight.evidence).toMatchObject({ written: 5, firstId: 'r-5', lastId: 'r-9', visibleReadUncommitted: 5 });
    expect(report.summary).toContain('delivered every input id to the output topic');
    expect(formatReport(report)).toContain('end to end (exactly-once, out read with read_committed against the ids written to in): PASS');
  });

  it('fails exactly-once expectations on a replay that wrote ids twice, naming them', async () => {
    const kafka = new FakeKafka('duplicates', { input: 'in', output: 'out', asJson: true });
    const { report } = await drill('recovers', e2e(kafka), 'unstructured');
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep).toMatchObject({ id: 'ids-delivered' });
    expect(report.endToEnd).toMatchObject({ verdict: 'fail', missing: { count: 0 }, duplicates: { count: 5, extraRecords: 5, examples: ['r-5', 'r-6', 'r-7', 'r-8', 'r-9'] } });
    expect(report.summary).toMatch(/^Failed at "every id exactly once in out \(read_committed\)": Not exactly once: of 10 ids: none missing, 5 duplicated, 5 extra record\(s\) \(e.g. r-5, r-6, r-7, r-8, r-9\)\. Ids came out twice/);
    expect(formatReport(report)).toContain('missing 0, duplicated 5 (5 extra records) (e.g. r-5, r-6, r-7, r-8, r-9)');
  });

  it('accepts the duplicates at least once, but fails a lost id under either guarantee', async () => {
    const dupes = await drill('recovers', e2e(new FakeKafka('duplicates', { input: 'in', output: 'out', asJson: true }), { guarantee: 'at-least-once' }), 'unstructured');
    expect(dupes.report.verdict).toBe('pass');
    expect(dupes.report.endToEnd?.duplicates.count).toBe(5);
    const lost = await drill('recovers', e2e(new FakeKafka('loses', { input: 'in', output: 'out', asJson: true }), { guarantee: 'at-least-once' }), 'unstructured');
    expect(lost.report.verdict).toBe('fail');
    expect(lost.report.endToEnd?.missing).toEqual({ count: 1, examples: ['r-9'] });
  });

  it('is inconclusive when the job does not pass the ids on (the fault would prove nothing)', async () => {
    const kafka = new FakeKafka('exactly-once', { input: 'elsewhere', output: 'out' });
    const { report } = await drill('recovers', e2e(kafka, { idField: undefined }), 'unstructured');
    expect(report.verdict).toBe('inconclusive');
    expect(report.decisiveStep).toMatchObject({ id: 'ids-in-flight', round: 1 });
    expect(report.endToEnd).toBeUndefined();
  });
});
