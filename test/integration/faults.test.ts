import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LABEL_CLUSTER, LABEL_ROLE, type StartedFlinkCluster } from '../../core/cluster/index.js';
import { formatReport, parseFaultSpec, probeJob, runRecoveryCheck, type RecoveryReport, type StepId } from '../../core/recovery/index.js';
import { useRecoveryCluster } from './support/recovery-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
// A fast probe: 4 keys, 40 records/s, a checkpoint a second.
const PROBE_ARGS = ['--keys', '4', '--rate', '40', '--interval-ms', '1000'];
const netemImage = process.env['FLINKFT_NETEM_IMAGE'] ?? 'flinkft/netem:local';

function step(report: RecoveryReport, id: StepId, round = 1) {
  return report.steps.find((s) => s.id === id && (s.round ?? round) === round);
}

function log(name: string, report: RecoveryReport): void {
  console.log(`[faults] ${name}\n${formatReport(report)}`);
}

/**
 * The faults other than the kill, on real Docker and real Flink: each must be recovered from (or
 * ridden out), and each must be undone afterwards: no paused container, no TaskManager off the
 * network, no tc rule, no helper container.
 */
describe('recovery faults on a real cluster', () => {
  const started = useRecoveryCluster('faults', { restPort: 18157, taskManagers: 3, projects: [resolve(ROOT, 'examples/probe/java')] });
  let cluster: StartedFlinkCluster;
  beforeAll(() => {
    cluster = started();
  });

  /** Whatever a fault could leave behind, on every TaskManager of the cluster. */
  async function leftBehind(): Promise<string[]> {
    const left: string[] = [];
    for (const tm of await cluster.taskManagers()) {
      if (tm.state === 'paused') left.push(`${tm.id} paused`);
      if (tm.state === 'running' && !(await cluster.taskManagerConnected(tm.id))) left.push(`${tm.id} off the network`);
    }
    const helpers = await cluster.runtime.listContainers({ [LABEL_CLUSTER]: cluster.name, [LABEL_ROLE]: 'netem' });
    left.push(...helpers.map((h) => `helper ${h.name} ${h.state}`));
    return left;
  }

  it('pause-tm: the paused TaskManager is unpaused; the job recovers (or rides it out) and passes', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { faults: [parseFaultSpec('pause-tm=8')] });
    log('pause-tm=8', report);
    expect(report.verdict).toBe('pass');
    const killed = step(report, 'killed')!;
    expect(killed.title).toBe('TaskManager paused (docker pause)');
    expect(killed.evidence['containerState']).toBe('paused');
    expect(report.timelines[0]?.killedTaskManager).toBe(killed.evidence['taskManager']);
    expect(await leftBehind()).toEqual([]);
  });

  it('partition-tm: the TaskManager is reconnected; the job restarts elsewhere and passes', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { faults: [parseFaultSpec('partition-tm=8')] });
    log('partition-tm=8', report);
    expect(report.verdict).toBe('pass');
    expect(step(report, 'killed')!.evidence['connected']).toBe(false);
    expect(await leftBehind()).toEqual([]);
  });

  it('delay-tm: checkpoints take at least the delay while the rule holds (or, on a kernel without netem, a clear error); nothing is left', async () => {
    const run = runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { faults: [parseFaultSpec('delay-tm=300')], netemImage });
    const outcome = await run.then((report) => ({ report }), (error: unknown) => ({ error }));
    if ('error' in outcome) {
      // This machine's kernel may lack sch_netem (CONFIG_NET_SCH_NETEM): the drill must say so, and undo everything.
      expect(String(outcome.error)).toMatch(/kernel has no netem \(sch_netem, CONFIG_NET_SCH_NETEM\): delay-tm cannot run here/);
      console.log(`[faults] delay-tm not possible on this kernel: ${String(outcome.error)}`);
      expect(await leftBehind()).toEqual([]);
      return;
    }
    const { report } = outcome;
    log('delay-tm=300', report);
    expect(report.verdict).toBe('pass');
    const killed = step(report, 'killed')!;
    expect(String(killed.evidence['qdisc'])).toMatch(/netem .*delay 300ms/);
    const observed = step(report, 'failure-observed')!;
    if (observed.status === 'skipped') {
      // Rode out: every ack to the JobManager crossed the delayed interface.
      const d = observed.evidence['checkpointDurations'] as { before: { medianMs?: number }; during: { medianMs?: number } };
      expect(d.during.medianMs).toBeGreaterThanOrEqual(300);
      console.log(`[faults] checkpoint duration median before ${d.before.medianMs} ms, during the delay ${d.during.medianMs} ms`);
    }
    expect(await cluster.netem(netemImage).inspect(String(killed.evidence['taskManager']))).not.toContain('netem');
    expect(await leftBehind()).toEqual([]);
  });

  it('loss-tm: packet loss on a TaskManager; the rule is deleted afterwards', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { faults: [parseFaultSpec('loss-tm=30')], netemImage });
    log('loss-tm=30', report);
    expect(report.verdict).toBe('pass');
    expect(String(step(report, 'killed')!.evidence['qdisc'])).toMatch(/-A INPUT -m statistic --mode random --probability 0\.(29|30)\d* -j DROP/);
    expect(await cluster.netem(netemImage).inspect(String(step(report, 'killed')!.evidence['taskManager']))).not.toContain('DROP');
    expect(await leftBehind()).toEqual([]);
  });

  it('oom-tm: the kernel OOM-kills the TaskManager (State.OOMKilled); the job restores and passes', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { faults: [parseFaultSpec('oom-tm')] });
    log('oom-tm', report);
    expect(report.verdict).toBe('pass');
    const killed = step(report, 'killed')!;
    expect(killed.evidence['oomKilled']).toBe(true);
    expect(step(report, 'restored-from-checkpoint')?.status).toBe('passed');
    // Its container removed, a replacement running.
    const tms = await cluster.taskManagers();
    expect(tms.map((t) => t.id)).not.toContain(killed.evidence['taskManager']);
    expect(tms.map((t) => t.state)).toEqual(['running', 'running', 'running']);
  });

  it('negative control: a partition with restarts disabled fails (the job ends FAILED), and the TaskManager is reconnected', async () => {
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: [...PROBE_ARGS, '--restart-attempts', '0'] }), { faults: [parseFaultSpec('partition-tm=8')] });
    log('partition, no restarts', report);
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('running-again');
    expect(report.decisiveStep?.seen).toMatch(/^the job ended FAILED/);
    expect(await leftBehind()).toEqual([]);
  });

  it('a cancel while a fault holds undoes it at once (a 600 s pause)', async () => {
    const controller = new AbortController();
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), {
      faults: [parseFaultSpec('pause-tm=600')],
      signal: controller.signal,
      onStep: (s) => {
        if (s.id === 'killed') controller.abort(new Error('test cancel'));
      },
    });
    log('cancelled pause', report);
    expect(report.cancelled).toBe(true);
    expect(step(report, 'killed')!.evidence['containerState']).toBe('paused');
    expect(await leftBehind()).toEqual([]);
  });
});
