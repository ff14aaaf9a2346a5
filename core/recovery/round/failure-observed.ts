// Step "failure observed": the job left RUNNING, or its tasks were redeployed, after the fault. A
// fault the job may ride out (a short pause, a slow network) may instead be lifted with the job
// still RUNNING: once it checkpointed after that, the round goes on without a restart to check.
import type { CheckpointingStatistics, JobDetail } from '../../flink-rest/index.js';
import { checkpointDurations, describeDurations } from './checkpoint-durations.js';
import { describeJob, failureCause, restartedSince } from './job-after-fault.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

type Outcome = { kind: 'failed'; job: JobDetail } | { kind: 'rode-through'; job: JobDetail; healedAt: number; checkpointId: number };

export const failureObservedStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log, fault } = ctx;
  const injected = state.injected!;
  const moments = state.moments!;
  const t = Date.now();
  const mayRideOut = fault.failure === 'maybe';
  const timeoutMs = options.timeouts.failureMs + (injected.holdMs ?? 0);
  let healedAt: number | undefined;
  void injected.healed?.then((at) => (healedAt = at));
  let last: JobDetail | undefined;
  let lastCheckpoints: CheckpointingStatistics | undefined;
  const histories = [state.before?.checkpointHistory ?? []];
  const failure = await waitFor<Outcome>(options, timeoutMs, `job ${jobId} to leave RUNNING after the fault`, async (signal) => {
    const j = (last = await cluster.rest.job(jobId, { signal }));
    const left = j.state !== 'RUNNING' || j.vertices.some((v) => v.status !== 'RUNNING') || restartedSince(j, injected.issuedAt);
    if (left) return done({ kind: 'failed', job: j });
    if (!mayRideOut) return pending(`still ${describeJob(j)}`);
    const cp = (lastCheckpoints = await cluster.rest.checkpoints(jobId, { signal }));
    histories.push(cp.history);
    const c = cp.latest.completed;
    if (healedAt !== undefined && c && c.trigger_timestamp >= healedAt) return done({ kind: 'rode-through', job: j, healedAt, checkpointId: c.id });
    return pending(`still ${describeJob(j)}, ${healedAt === undefined ? 'the fault still in force' : `the fault lifted, waiting for a checkpoint after it (latest ${c?.id ?? 'none'})`}`);
  });
  if (!failure.ok) {
    log.record('failure-observed', 'failed', t, {
      expected: mayRideOut
        ? `the job to leave RUNNING, or to checkpoint once the fault was lifted, within ${timeoutMs / 1000} s`
        : `the job to leave RUNNING within ${timeoutMs / 1000} s of killing ${state.target!.id}`,
      seen: `still ${last?.state ?? 'unknown'}`,
      evidence: { state: last?.state, lastSeen: failure.seen, ...(lastCheckpoints && { latestCompleted: lastCheckpoints.latest.completed }) },
    }, state.round);
    return false;
  }
  const outcome = failure.value;
  if (outcome.kind === 'rode-through') {
    const durations = checkpointDurations(histories, injected.issuedAt, outcome.healedAt);
    state.rodeThrough = { healedAt: outcome.healedAt, checkpointId: outcome.checkpointId };
    log.record('failure-observed', 'skipped', t, {
      seen: `the job stayed RUNNING through the fault (lifted at +${outcome.healedAt - injected.issuedAt} ms) and completed checkpoint ${outcome.checkpointId} after it; ${describeDurations(durations)}`,
      evidence: { state: outcome.job.state, healedAt: outcome.healedAt, checkpointAfterFault: outcome.checkpointId, checkpointDurations: durations },
    }, state.round);
    return true;
  }
  const job = outcome.job;
  moments.failureObservedAt = Date.now();
  if (mayRideOut) {
    // Checkpoints may complete while a pause or lossy link holds, until the job fails: the restore
    // must come from one completed before the failure, which may be later than the injection.
    const cp = await cluster.rest.checkpoints(jobId, { signal: options.signal }).catch(() => undefined);
    const latest = cp?.latest.completed?.id;
    if (latest !== undefined && latest > (state.lastCompletedAtFault ?? -1)) state.lastCompletedAtFault = latest;
  }
  const cause = await failureCause(ctx, injected.issuedAt);
  // Flink reports 0 for a state the job never entered (a new leader's JobMaster never RESTARTED it).
  const entered = (t: number | undefined) => (t !== undefined && t >= injected.issuedAt ? t : undefined);
  moments.failureNoticedAt = cause?.timestamp ?? entered(job.timestamps.RESTARTING) ?? entered(job.timestamps.FAILING) ?? moments.failureObservedAt;
  log.record('failure-observed', 'passed', t, {
    seen: `job ${job.state}${cause ? `, ${cause.exceptionName}${cause.taskManagerId ? ` on ${cause.taskManagerId}` : ''}` : ''}`,
    evidence: { state: job.state, timestamps: job.timestamps, exception: cause },
  }, state.round);
  return true;
};
