// Step "failure observed": the job left RUNNING, or its tasks were redeployed, after the fault.
import type { JobDetail } from '../../flink-rest/index.js';
import { describeJob, failureCause, restartedSince } from './job-after-fault.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

export const failureObservedStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log } = ctx;
  const injected = state.injected!;
  const moments = state.moments!;
  const t = Date.now();
  const timeoutMs = options.timeouts.failureMs;
  let last: JobDetail | undefined;
  const failure = await waitFor(options, timeoutMs, `job ${jobId} to leave RUNNING after the fault`, async (signal) => {
    const j = (last = await cluster.rest.job(jobId, { signal }));
    const left = j.state !== 'RUNNING' || j.vertices.some((v) => v.status !== 'RUNNING') || restartedSince(j, injected.issuedAt);
    return left ? done(j) : pending(`still ${describeJob(j)}`);
  });
  if (!failure.ok) {
    log.record('failure-observed', 'failed', t, {
      expected: `the job to leave RUNNING within ${timeoutMs / 1000} s of killing ${state.target!.id}`,
      seen: `still ${last?.state ?? 'unknown'}`,
      evidence: { state: last?.state, lastSeen: failure.seen },
    }, state.round);
    return false;
  }
  const job = failure.value;
  moments.failureObservedAt = Date.now();
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
