// Step "running again": RUNNING with every task redeployed since the fault, or the state it ended in.
import { TERMINAL_JOB_STATES, type JobDetail } from '../../flink-rest/index.js';
import { jobPlacement } from '../job-placement.js';
import { describeJob, failureCause, restartedSince } from './job-after-fault.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

export const runningAgainStep: RoundStep = async (ctx, state) => {
  const { cluster, jobId, options, log } = ctx;
  const injected = state.injected!;
  const moments = state.moments!;
  const t = Date.now();
  if (state.rodeThrough) {
    log.record('running-again', 'skipped', t, { seen: 'the job rode the fault out: nothing restarted' }, state.round);
    return true;
  }
  const timeoutMs = options.timeouts.recoveryMs;
  // What each poll saw, when it changed: evidence of how the job came back (and of slow answers).
  const seenSinceKill: { at: number; requestMs: number; seen: string }[] = [];
  let last: JobDetail | undefined;
  const waited = await waitFor(options, timeoutMs, `job ${jobId} to run all tasks again`, async (signal) => {
    const asked = Date.now();
    const j = (last = await cluster.rest.job(jobId, { signal }));
    const seen = describeJob(j);
    if (seenSinceKill.at(-1)?.seen !== seen) seenSinceKill.push({ at: Date.now() - injected.doneAt, requestMs: Date.now() - asked, seen });
    if (TERMINAL_JOB_STATES.includes(j.state)) return done(j);
    const back = j.state === 'RUNNING' && j.vertices.every((v) => v.status === 'RUNNING') && restartedSince(j, injected.issuedAt);
    return back ? done(j) : pending(seen);
  });
  const running = waited.ok ? waited.value : undefined;
  if (!running || running.state !== 'RUNNING') {
    const endCause = running ? await failureCause(ctx, injected.issuedAt, true) : undefined;
    log.record('running-again', 'failed', t, {
      expected: `RUNNING with all tasks running within ${timeoutMs / 1000} s of the kill`,
      seen: running ? `the job ended ${running.state}${endCause ? ` (${endCause.message || endCause.exceptionName})` : ''}: no restart` : `still ${describeJob(last)}`,
      ...(running?.state === 'FAILED' && options.control && { message: 'Without checkpointing and without a restart strategy Flink does not restart the job at all.' }),
      evidence: { state: (running ?? last)?.state, timestamps: (running ?? last)?.timestamps, exception: endCause, seenSinceKill },
    }, state.round);
    return false;
  }
  moments.runningObservedAt = Date.now();
  state.vertexNames = new Map(running.vertices.map((v) => [v.id, v.name]));
  const restarting = running.timestamps.RESTARTING;
  moments.restartingAt = restarting && restarting >= injected.issuedAt ? restarting : undefined;
  const placement = await jobPlacement(cluster.rest, running, options.signal).catch(() => undefined);
  moments.runningAt = placement?.allRunningSince ?? running.timestamps.RUNNING;
  log.record('running-again', 'passed', t, {
    seen: `RUNNING, all ${running.vertices.length} vertices running again`,
    evidence: { placement: placement && Object.fromEntries(placement.byTaskManager), runningAt: moments.runningAt, seenSinceKill },
  }, state.round);
  return true;
};
