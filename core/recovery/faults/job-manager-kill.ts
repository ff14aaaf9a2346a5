// The JobManager crash: SIGKILL the leading JobManager. With high availability a standby takes the
// leadership through ZooKeeper and the new JobMaster restores the job from the latest checkpoint in
// the HA store; without it there is no standby and no job store, so the job ends: the fault says
// so as a finding (HA is what is missing) instead of waiting for a recovery that cannot come.
import type { JobManagerHandle, LeaderInfo } from '../../cluster/index.js';
import type { RoundContext } from '../round/round-context.js';
import { done, pending, waitFor } from '../round/wait-for.js';
import type { Fault, FaultTarget, InjectedFault, TargetChoice } from './fault.js';

/** What the fault needs of the cluster; a StartedFlinkCluster fits. */
export interface JobManagerControl {
  readonly highAvailability: boolean;
  leader(): Promise<LeaderInfo>;
  jobManagers(): Promise<JobManagerHandle[]>;
  killJobManager(id: string): Promise<JobManagerHandle>;
  startJobManager(id: string): Promise<JobManagerHandle>;
  /** Completed checkpoint ids in the HA store (ZooKeeper), what a new leader restores from. */
  haCheckpointIds(jobId: string): Promise<number[]>;
}

export const HA_MISSING_MESSAGE =
  'The cluster has no JobManager high availability: with its only JobManager gone there is no standby to take over and no HA store to recover the job from, so the job ended. ' +
  "Start the cluster with high availability ('flink-ft cluster up --ha', or the setting flinkFt.cluster.highAvailability) to survive a JobManager crash.";

export class JobManagerKill implements Fault {
  readonly title = 'JobManager killed (SIGKILL)';
  readonly name = 'kill-jm';
  readonly failure = 'always';
  /** JobManagers this drill killed: started again at the end if still down. */
  private readonly killed = new Set<string>();

  constructor(private readonly control: JobManagerControl) {}

  action(target: FaultTarget): string {
    return `SIGKILL ${target.id} (the leading JobManager)`;
  }

  async pickTarget(_ctx: RoundContext): Promise<TargetChoice> {
    const jms = await this.control.jobManagers();
    const leader = await this.control.leader().catch((): LeaderInfo => ({}));
    const jm = jms.find((j) => j.id === leader.jobManager && j.state === 'running');
    const evidence = { highAvailability: this.control.highAvailability, jobManagers: jms.map((j) => `${j.id} ${j.state}`), leader: leader.jobManager ?? null, leaderAddress: leader.address ?? null };
    if (!jm) return { ok: false, expected: 'a leading JobManager', seen: leader.address ?? 'no JobManager leads', evidence };
    const standbys = jms.filter((j) => j.id !== jm.id && j.state === 'running').map((j) => j.id);
    const seen = this.control.highAvailability ? `${jm.id} leads; standby ${standbys.join(', ') || 'none'}` : `${jm.id} is the only JobManager (no high availability)`;
    return { ok: true, target: { id: jm.id, container: jm.containerName }, seen, evidence: { ...evidence, standbys } };
  }

  async inject(ctx: RoundContext, target: FaultTarget): Promise<InjectedFault> {
    const { cluster, jobId, options } = ctx;
    const before = await cluster.rest.checkpoints(jobId, { signal: options.signal }).catch(() => undefined);
    const issuedAt = Date.now();
    await this.control.killJobManager(target.id);
    const doneAt = Date.now();
    this.killed.add(target.id);
    // The old leader is dead, so nothing writes the store now: it holds what a new leader can restore.
    const stored = this.control.highAvailability ? await this.control.haCheckpointIds(jobId).catch(() => []) : [];
    const lastCompleted = Math.max(before?.latest.completed?.id ?? -1, ...stored);
    const killedEvidence = { jobManager: target.id, container: target.container, killIssuedAt: issuedAt, killAt: doneAt, checkpointsInHaStore: stored };
    const replacement = this.control.startJobManager(target.id).then(
      (jm) => jm.id,
      () => undefined,
    );
    if (!this.control.highAvailability) {
      await replacement;
      const after = await this.jobAfterRestart(ctx);
      return {
        issuedAt,
        doneAt,
        seen: `${target.id} killed; it was the only JobManager`,
        evidence: killedEvidence,
        replacement,
        jobEnded: {
          expected: 'a standby JobManager to take over and recover the job (high availability)',
          seen: `no standby took over; the restarted JobManager ${after}`,
          message: HA_MISSING_MESSAGE,
          evidence: { highAvailability: false, jobAfterRestart: after },
        },
      };
    }
    const change = await waitFor<LeaderInfo>(options, options.timeouts.recoveryMs, `a JobManager other than ${target.id} to lead`, async () => {
      const leader = await this.control.leader();
      return leader.jobManager && leader.jobManager !== target.id ? done(leader) : pending(leader.jobManager ? `${leader.jobManager} still published as leader` : 'no leader published');
    });
    const tookOverAfterMs = Date.now() - issuedAt;
    return {
      issuedAt,
      doneAt,
      seen: change.ok
        ? `${target.id} killed; ${change.value.jobManager} took over the leadership (seen in ZooKeeper after ${(tookOverAfterMs / 1000).toFixed(1)} s)`
        : `${target.id} killed; no other JobManager took over (${change.seen})`,
      evidence: { ...killedEvidence, newLeader: change.ok ? change.value.jobManager : null, newLeaderAddress: change.ok ? change.value.address : null, leaderSeenAfterMs: change.ok ? tookOverAfterMs : null },
      replacement,
      ...(lastCompleted >= 0 && { lastCompletedCheckpoint: lastCompleted }),
    };
  }

  async cleanUp(): Promise<void> {
    for (const id of this.killed) await this.control.startJobManager(id).catch(() => undefined);
    this.killed.clear();
  }

  /** What the JobManager, started again without HA, says of the job: it does not know it. */
  private async jobAfterRestart({ cluster, jobId, options }: RoundContext): Promise<string> {
    const answer = await waitFor<string>(options, options.timeouts.recoveryMs, `the restarted JobManager to answer for job ${jobId}`, async (signal) => {
      try {
        const job = await cluster.rest.job(jobId, { signal });
        return done(`lists the job as ${job.state}`);
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return done(`does not know job ${jobId} (HTTP 404): the job is gone`);
        throw error;
      }
    });
    return answer.ok ? answer.value : `did not answer (${answer.seen})`;
  }
}
