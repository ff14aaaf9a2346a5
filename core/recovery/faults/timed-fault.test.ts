import { describe, expect, it } from 'vitest';
import { runRecoveryDrill } from '../recovery-drill.js';
import { formatTimeline } from '../timeline.js';
import type { RoundContext } from '../round/round-context.js';
import { FakeFlink } from '../test-support/fake-flink.js';
import type { Fault } from './fault.js';
import { TaskManagerNetemFault } from './task-manager-netem.js';
import { TaskManagerPartition } from './task-manager-partition.js';
import { TaskManagerPause } from './task-manager-pause.js';
import type { TimedTaskManagerFault } from './timed-fault.js';
import { FakeFaultOps } from './test-support/fake-fault-ops.js';

// inject() reads nothing from the round: the target says where.
const ctx = {} as RoundContext;
const target = { id: 'tm-1', container: 'flinkft-x-tm-1' };

function faults(ops: FakeFaultOps, seconds: number): TimedTaskManagerFault[] {
  return [new TaskManagerPause(ops, seconds), new TaskManagerPartition(ops, seconds), new TaskManagerNetemFault(ops, { delayMs: 300 }, seconds), new TaskManagerNetemFault(ops, { lossPercent: 25 }, seconds)];
}

function inForce(ops: FakeFaultOps): string[] {
  return [...[...ops.paused].map((id) => `paused ${id}`), ...[...ops.disconnected].map((id) => `cut off ${id}`), ...[...ops.rules.keys()].map((id) => `netem ${id}`)];
}

describe('timed TaskManager faults', () => {
  it('put the fault in force and show it in their evidence', async () => {
    const ops = new FakeFaultOps();
    const seen = [];
    for (const f of faults(ops, 600)) seen.push((await f.inject(ctx, target)).seen);
    expect(seen).toEqual([
      'tm-1 paused for 600 s',
      'tm-1 off the cluster network for 600 s',
      'tm-1: qdisc netem 8001: root refcnt 2 limit 1000 delay 300ms for 600 s',
      'tm-1: -A INPUT -m statistic --mode random --probability 0.2500 -j DROP for 600 s',
    ]);
    expect(inForce(ops)).toEqual(['paused tm-1', 'cut off tm-1', 'netem tm-1']);
  });

  it('are undone by cleanUp (the end of the drill, or a cancel) long before their hold ends, leaving nothing', async () => {
    const ops = new FakeFaultOps();
    for (const f of faults(ops, 600)) {
      const injected = await f.inject(ctx, target);
      await f.cleanUp();
      expect(await injected.healed).toBeGreaterThanOrEqual(injected.doneAt);
      expect(f.leftBehind).toEqual([{ tmId: 'tm-1', seen: '' }]);
    }
    expect(inForce(ops)).toEqual([]);
    expect(ops.calls.filter((c) => /^(unpause|reconnect|clear)/.test(c))).toEqual(['unpause tm-1', 'reconnect tm-1', 'clear tm-1', 'clear tm-1']);
  });

  it('undo themselves when their hold ends (healed resolves), and cleanUp then does not undo twice', async () => {
    const ops = new FakeFaultOps();
    const pause = new TaskManagerPause(ops, 0.05);
    const injected = await pause.inject(ctx, target);
    const healedAt = await injected.healed;
    expect(healedAt).toBeGreaterThanOrEqual(injected.doneAt);
    expect(ops.paused.size).toBe(0);
    await pause.cleanUp();
    expect(ops.calls).toEqual(['pause tm-1', 'unpause tm-1']);
  });

  it('report what is still in force when an undo fails', async () => {
    for (const [refuse, expected] of [['unpause', 'tm-1 is still paused'], ['reconnect', 'tm-1 is still off the cluster network'], ['clear', 'qdisc netem 8001: root refcnt 2 limit 1000 delay 300ms']] as const) {
      const ops = new FakeFaultOps();
      ops.refuse = refuse;
      const f = faults(ops, 600)[refuse === 'unpause' ? 0 : refuse === 'reconnect' ? 1 : 2]!;
      await f.inject(ctx, target);
      await f.cleanUp();
      expect(f.leftBehind).toEqual([{ tmId: 'tm-1', seen: expected }]);
    }
  });
});

/** A fault that touches nothing, lifted at once: the simulated job rides it out. */
function rideOutFault(healed: boolean): Fault {
  return {
    title: 'TaskManager nudged (test fault)',
    name: 'nudge-tm',
    failure: 'maybe',
    action: (t) => `nudge ${t.id}`,
    pickTarget: async () => ({ ok: true, target: { id: 'tm-1' }, seen: 'tm-1 runs the source', evidence: {} }),
    inject: async () => {
      const issuedAt = Date.now();
      return { issuedAt, doneAt: Date.now(), seen: 'tm-1 nudged', evidence: {}, replacement: Promise.resolve(undefined), holdMs: 0, ...(healed && { healed: Promise.resolve(Date.now()) }) };
    },
    cleanUp: async () => undefined,
  };
}

describe('a round the job rides out', () => {
  const timeouts = { outputMs: 2_000, failureMs: 500, recoveryMs: 2_000, nextCheckpointMs: 2_000, checkpointsMs: 2_000, startMs: 2_000 };
  const run = (fault: Fault) => {
    const flink = new FakeFlink('recovers');
    return runRecoveryDrill(
      { cluster: flink, launch: async () => ({ jobId: 'c'.repeat(32) }), openOutput: async () => flink.output(), job: { artifact: 'probe.jar', args: [] } },
      { pollIntervalMs: 1, linesAfterRecovery: 2, timeouts, fault },
    );
  };

  it('skips restart and restore, and passes on a checkpoint after the fault and the output going on', async () => {
    const report = await run(rideOutFault(true));
    const round = report.steps.filter((s) => s.round === 1).map((s) => `${s.id}:${s.status}`);
    expect(round).toEqual([
      'target-picked:passed',
      'killed:passed',
      'failure-observed:skipped',
      'running-again:skipped',
      'restored-from-checkpoint:skipped',
      'new-checkpoint:passed',
      'output-continued:passed',
      'sequence-intact:passed',
    ]);
    expect(report.steps.find((s) => s.id === 'failure-observed')?.seen).toMatch(/stayed RUNNING through the fault .* completed checkpoint \d+ after it; checkpoint duration \(median\) before/);
    expect(report.verdict).toBe('pass');
    expect(report.summary).toContain('the fault "TaskManager nudged (test fault)"');
    // The report names the fault and the TaskManager it hit.
    expect(report.timelines[0]).toMatchObject({ fault: 'nudge-tm', killedTaskManager: 'tm-1' });
    expect(formatTimeline(report.timelines[0]!).split('\n')[0]).toBe('round 1: nudge-tm on tm-1');
  });

  it('fails when the fault is never lifted and the job never fails either', async () => {
    const report = await run(rideOutFault(false));
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep).toMatchObject({ id: 'failure-observed', expected: expect.stringContaining('or to checkpoint once the fault was lifted') });
  });
});
