import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedFlinkCluster } from '../../core/cluster/index.js';
import { buildIfStale } from '../../core/jobs/index.js';
import { HA_MISSING_MESSAGE, JobManagerKill, RECOVERY_CLUSTER_PROPERTIES, formatReport, probeJob, runRecoveryCheck, type RecoveryReport, type StepId } from '../../core/recovery/index.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE = resolve(ROOT, 'examples/probe/java');
// A fast probe: 4 keys, 40 records/s, a checkpoint a second.
const PROBE_ARGS = ['--keys', '4', '--rate', '40', '--interval-ms', '1000'];

function step(report: RecoveryReport, id: StepId) {
  return report.steps.find((s) => s.id === id);
}

/** A cluster for one describe block: started (with or without HA) while the probe builds, purged after. */
function useCluster(name: string, restPort: number, ha: boolean, properties: Record<string, string> = {}): () => StartedFlinkCluster {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>> | undefined;
  let cluster: StartedFlinkCluster | undefined;
  beforeAll(async () => {
    workspace = await tempWorkspace(name);
    const builder = testClusterBuilder(testRuntime(), workspace.path, name).withRestPort(restPort).withTaskManagers(2).withSlots(2).withFlinkProperties({ ...RECOVERY_CLUSTER_PROPERTIES, ...properties });
    if (ha) builder.withHighAvailability(2);
    [, cluster] = await Promise.all([buildIfStale(PROBE), builder.start()]);
  });
  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });
  return () => cluster!;
}

describe('JobManager high availability on real Docker and Flink', () => {
  const started = useCluster('ha', 18131, true);

  it('starts ZooKeeper and two JobManagers, one of them reported as the leader', async () => {
    const status = await started().status();
    const ha = status.highAvailability!;
    expect(ha.zooKeeper?.state).toBe('running');
    expect(ha.jobManagers.map((jm) => `${jm.id} ${jm.state}`)).toEqual(['jm-1 running', 'jm-2 running']);
    expect(ha.jobManagers.filter((jm) => jm.leader).map((jm) => jm.id)).toEqual([ha.leader]);
    expect(ha.leaderAddress).toMatch(new RegExp(`flink@${ha.leader}:`));
    expect(status.rest.reachable).toBe(true);
    // Each JobManager publishes its own port, and the standby's REST serves the leader's view.
    const ports = ha.jobManagers.map((jm) => jm.restUrl);
    expect(new Set(ports).size).toBe(2);
    for (const url of ports) expect(((await (await fetch(`${url}/overview`)).json()) as { taskmanagers: number }).taskmanagers).toBe(2);
  });

  it('kill-jm: a standby takes over, the job is restored from its latest checkpoint and its checkpoint ids continue', async () => {
    const cluster = started();
    const leaderBefore = (await cluster.leader()).jobManager;
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { fault: new JobManagerKill(cluster) });
    console.log(`[cluster-ha] kill-jm with HA\n${formatReport(report)}\n${JSON.stringify({ killed: step(report, 'killed')?.evidence, timelines: report.timelines })}`);
    expect(report.verdict).toBe('pass');
    const killed = step(report, 'killed')!.evidence as { jobManager: string; newLeader: string | null; leaderSeenAfterMs: number | null; checkpointsInHaStore: number[] };
    expect(killed.jobManager).toBe(leaderBefore);
    expect(killed.newLeader).not.toBeNull();
    expect(killed.newLeader).not.toBe(leaderBefore);
    const restored = step(report, 'restored-from-checkpoint')!.evidence as { latestRestored: { id: number; is_savepoint: boolean }; lastCompletedBeforeKill: number };
    expect(restored.latestRestored.is_savepoint).toBe(false);
    expect(restored.latestRestored.id).toBeGreaterThan(0);
    expect(restored.latestRestored.id).toBeLessThanOrEqual(restored.lastCompletedBeforeKill);
    // What ZooKeeper's checkpoint store held at the kill is what the new leader restored from.
    expect(killed.checkpointsInHaStore).toContain(restored.latestRestored.id);
    // The new leader continues the checkpoint counter (kept in ZooKeeper) instead of starting at 1.
    const next = step(report, 'new-checkpoint')!.evidence as { latestCompleted: { id: number } };
    expect(next.latestCompleted.id).toBeGreaterThan(restored.latestRestored.id);
    // The killed JobManager was started again and stands by; the new leader still leads.
    const ha = (await cluster.status()).highAvailability!;
    expect(ha.jobManagers.map((jm) => jm.state)).toEqual(['running', 'running']);
    expect(ha.leader).toBe(killed.newLeader);
  });
});

describe('kill-jm without high availability', () => {
  const started = useCluster('noha', 18141, false);

  it('fails the drill at once, saying that JobManager high availability is what is missing', async () => {
    const cluster = started();
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { fault: new JobManagerKill(cluster) });
    console.log(`[cluster-ha] kill-jm without HA\n${formatReport(report)}`);
    expect(report.verdict).toBe('fail');
    expect(report.decisiveStep?.id).toBe('running-again');
    expect(step(report, 'running-again')?.message).toBe(HA_MISSING_MESSAGE);
    expect(report.summary).toContain('no JobManager high availability');
    expect(step(report, 'running-again')?.seen).toMatch(/does not know job [0-9a-f]{32} \(HTTP 404\)/);
    expect(step(report, 'restored-from-checkpoint')).toBeUndefined();
  });
});

describe('kill-jm with HA and Flink\'s default ZooKeeper session timeout (60 s, capped at 40 s by ZooKeeper)', () => {
  const started = useCluster('hadef', 18151, true, { 'high-availability.zookeeper.client.session-timeout': '60000', 'high-availability.zookeeper.client.connection-timeout': '15000' });

  it('recovers too, later: the standby waits for the dead leader\'s session to expire', async () => {
    const cluster = started();
    const report = await runRecoveryCheck(cluster, probeJob(ROOT, 'java', { args: PROBE_ARGS }), { fault: new JobManagerKill(cluster) });
    console.log(`[cluster-ha] kill-jm with HA, Flink's session timeout\n${formatReport(report)}\n${JSON.stringify({ killed: step(report, 'killed')?.evidence })}`);
    expect(report.verdict).toBe('pass');
    const killed = step(report, 'killed')!.evidence as { leaderSeenAfterMs: number | null };
    expect(killed.leaderSeenAfterMs).not.toBeNull();
  });
});
