// One kill round of the drill: pick a TaskManager that runs the job, SIGKILL it, start a
// replacement, then verify each recovery step from Flink's REST evidence and the job's output.
import { TERMINAL_JOB_STATES, type CheckpointingStatistics, type JobDetail } from '../flink-rest/index.js';
import type { DrillCluster, OutputTap } from './drill-ports.js';
import type { ResolvedDrillOptions } from './drill-options.js';
import { jobPlacement, pickTarget } from './job-placement.js';
import { judgeOutput } from './judge-output.js';
import { pollFor } from './poll-for.js';
import type { RoundTimeline } from './recovery-report.js';
import type { StepLog } from './step-log.js';
import { buildTimeline, type RoundMoments } from './timeline.js';

export interface RoundContext {
  cluster: DrillCluster;
  jobId: string;
  output: OutputTap;
  options: ResolvedDrillOptions;
  log: StepLog;
  /** Checkpoint interval in ms (0 when checkpointing is off). */
  checkpointIntervalMs: number;
  /** TaskManagers this drill killed, removed at the end. */
  killed: string[];
}

export interface RoundOutcome {
  /** False when a step failed or was inconclusive: no further rounds. */
  ok: boolean;
  timeline?: RoundTimeline;
}

export async function runKillRound(ctx: RoundContext, round: number): Promise<RoundOutcome> {
  const { cluster, jobId, options, log } = ctx;
  const { rest } = cluster;
  const signal = options.signal;
  const poll = { intervalMs: options.pollIntervalMs, signal };

  // --- pick the target --------------------------------------------------------------------------
  signal.throwIfAborted();
  let t = Date.now();
  const job = await rest.job(jobId, { signal });
  const placement = await jobPlacement(rest, job, signal);
  const handles = await cluster.taskManagers();
  const runningIds = handles.filter((h) => h.state === 'running').map((h) => h.id);
  const target = options.targetTaskManager ?? (options.chooseTarget ? options.chooseTarget(placement.byTaskManager, runningIds) : pickTarget(placement));
  const placed = Object.fromEntries(placement.byTaskManager);
  if (!target) {
    log.record('target-picked', 'inconclusive', t, { expected: 'a TaskManager running tasks of the job', seen: 'REST lists no TaskManager for any subtask', evidence: { placement: placed } }, round);
    return { ok: false };
  }
  const handle = handles.find((h) => h.id === target);
  const cpBefore = await rest.checkpoints(jobId, { signal }).catch(() => undefined);
  const outputMark = ctx.output.records().length;
  const before = {
    taskManager: target,
    container: handle?.containerName,
    restoredCount: cpBefore?.counts.restored ?? 0,
    lastCompleted: cpBefore?.latest.completed ? { id: cpBefore.latest.completed.id, at: cpBefore.latest.completed.latest_ack_timestamp } : null,
    outputLines: outputMark,
  };
  const ranTasks = placement.byTaskManager.has(target);
  if (!ranTasks || !handle) {
    const why = !handle ? `there is no TaskManager container '${target}'` : `${target} runs none of the job's tasks (they run on ${[...placement.byTaskManager.keys()].join(', ') || 'no TaskManager'})`;
    if (handle) {
      // Kill it anyway, as asked: the job is unaffected, which proves nothing about recovery.
      await cluster.killTaskManager(target);
      ctx.killed.push(target);
      await cluster.addTaskManager();
    }
    log.record('target-picked', 'inconclusive', t, {
      expected: 'a TaskManager running tasks of the job',
      seen: why,
      message: `Killing ${target} cannot show recovery: ${why}. Let the drill pick the target, or kill a TaskManager the job runs on.`,
      evidence: { target, placement: placed },
    }, round);
    return { ok: false };
  }
  log.record('target-picked', 'passed', t, { seen: `${target} runs ${placement.byTaskManager.get(target)!.join(', ')}`, evidence: { ...before, placement: placed } }, round);

  // --- kill and replace -------------------------------------------------------------------------
  signal.throwIfAborted();
  options.onProgress(`kill ${round}: SIGKILL ${target}`);
  t = Date.now();
  // Docker delivers the signal somewhere inside this call (it can take a second on a loaded
  // machine): tasks restarted after `killIssuedAt` count as recovery, and a checkpoint Flink
  // completed before the call returned was taken by a live TaskManager.
  const killIssuedAt = Date.now();
  await cluster.killTaskManager(target);
  const killAt = Date.now();
  ctx.killed.push(target);
  const replacement = cluster.addTaskManager().then(
    (h) => h.id,
    (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  const atKill = await rest.checkpoints(jobId, { signal }).catch(() => undefined);
  const lastCompletedAtKill = atKill?.latest.completed?.id ?? before.lastCompleted?.id;
  log.record('killed', 'passed', t, {
    seen: `${target} (${handle.containerName}) killed`,
    evidence: { taskManager: target, container: handle.containerName, killIssuedAt, killAt, lastCompletedCheckpointAtKill: lastCompletedAtKill ?? null },
  }, round);
  // The timeline counts from the moment the kill was issued: never after the death, so no step can come out negative.
  const moments: RoundMoments = { round, killedTaskManager: target, killAt: killIssuedAt };
  const finish = async (ok: boolean): Promise<RoundOutcome> => {
    const rep = await replacement;
    if (!rep.startsWith('failed')) moments.replacementTaskManager = rep;
    return { ok, timeline: buildTimeline(moments) };
  };

  // --- failure observed -------------------------------------------------------------------------
  t = Date.now();
  let lastJob: JobDetail | undefined;
  const failure = await pollFor(async () => {
    const j = (lastJob = await rest.job(jobId, { signal }));
    return j.state !== 'RUNNING' || j.vertices.some((v) => v.status !== 'RUNNING') || restartedSince(j, killIssuedAt) ? j : undefined;
  }, { ...poll, timeoutMs: options.timeouts.failureMs });
  if (!failure) {
    log.record('failure-observed', 'failed', t, {
      expected: `the job to leave RUNNING within ${options.timeouts.failureMs / 1000} s of killing ${target}`,
      seen: `still ${lastJob?.state ?? 'unknown'}`,
      evidence: { state: lastJob?.state },
    }, round);
    return finish(false);
  }
  moments.failureObservedAt = Date.now();
  const cause = await failureCause(ctx, killIssuedAt);
  moments.failureNoticedAt = cause?.timestamp ?? failure.timestamps.RESTARTING ?? failure.timestamps.FAILING ?? moments.failureObservedAt;
  log.record('failure-observed', 'passed', t, {
    seen: `job ${failure.state}${cause ? `, ${cause.exceptionName}${cause.taskManagerId ? ` on ${cause.taskManagerId}` : ''}` : ''}`,
    evidence: { state: failure.state, timestamps: failure.timestamps, exception: cause },
  }, round);

  // --- running again ----------------------------------------------------------------------------
  t = Date.now();
  // What each poll saw, when it changed: evidence of how the job came back (and of slow answers).
  const seenStates: { at: number; requestMs: number; seen: string }[] = [];
  const running = await pollFor(async () => {
    const asked = Date.now();
    const j = (lastJob = await rest.job(jobId, { signal }));
    const seen = describeJob(j);
    if (seenStates.at(-1)?.seen !== seen) seenStates.push({ at: Date.now() - killAt, requestMs: Date.now() - asked, seen });
    if (TERMINAL_JOB_STATES.includes(j.state)) return j;
    return j.state === 'RUNNING' && j.vertices.every((v) => v.status === 'RUNNING') && restartedSince(j, killIssuedAt) ? j : undefined;
  }, { ...poll, timeoutMs: options.timeouts.recoveryMs });
  if (!running || running.state !== 'RUNNING') {
    const endCause = running ? await failureCause(ctx, killIssuedAt, true) : undefined;
    log.record('running-again', 'failed', t, {
      expected: `RUNNING with all tasks running within ${options.timeouts.recoveryMs / 1000} s of the kill`,
      seen: running ? `the job ended ${running.state}${endCause ? ` (${endCause.message || endCause.exceptionName})` : ''}: no restart` : `still ${describeJob(lastJob)}`,
      message: running?.state === 'FAILED' && options.control ? 'Without checkpointing and without a restart strategy Flink does not restart the job at all.' : undefined,
      evidence: { state: (running ?? lastJob)?.state, timestamps: (running ?? lastJob)?.timestamps, exception: endCause, seenSinceKill: seenStates },
    }, round);
    return finish(false);
  }
  moments.runningObservedAt = Date.now();
  moments.restartingAt = running.timestamps.RESTARTING && running.timestamps.RESTARTING >= killIssuedAt ? running.timestamps.RESTARTING : undefined;
  const after = await jobPlacement(rest, running, signal).catch(() => undefined);
  moments.runningAt = after?.allRunningSince ?? running.timestamps.RUNNING;
  log.record('running-again', 'passed', t, {
    seen: `RUNNING, all ${running.vertices.length} vertices running again`,
    evidence: { placement: after && Object.fromEntries(after.byTaskManager), runningAt: moments.runningAt, seenSinceKill: seenStates },
  }, round);

  // --- restored from a checkpoint ---------------------------------------------------------------
  t = Date.now();
  let lastCp: CheckpointingStatistics | undefined;
  // Checkpoint statistics are cached separately from the job: give them a moment to catch up.
  const restored = await pollFor(async () => {
    lastCp = await rest.checkpoints(jobId, { signal });
    const r = lastCp.latest.restored;
    return lastCp.counts.restored > before.restoredCount && r && r.restore_timestamp >= killIssuedAt ? r : undefined;
  }, { ...poll, timeoutMs: ctx.checkpointIntervalMs > 0 ? 10_000 : 2_000 });
  let restoredOk = false;
  if (!restored) {
    log.record('restored-from-checkpoint', 'failed', t, {
      expected: `counts.restored above ${before.restoredCount} and latest.restored a checkpoint completed before the kill`,
      seen: `counts.restored ${lastCp?.counts.restored ?? 'unknown'}${lastCp?.latest.restored ? `, latest.restored ${lastCp.latest.restored.id} from before this kill` : ', latest.restored none'}: nothing was restored, the job started with empty state (state lost)`,
      evidence: { before: before.restoredCount, counts: lastCp?.counts, latestRestored: lastCp?.latest.restored ?? null },
    }, round);
  } else {
    moments.restoredAt = restored.restore_timestamp;
    moments.restoredObservedAt = Date.now();
    const completedBeforeKill = restoredBeforeKill(restored.id, lastCompletedAtKill, lastCp!, killAt);
    restoredOk = completedBeforeKill && !restored.is_savepoint;
    log.record('restored-from-checkpoint', restoredOk ? 'passed' : 'failed', t, {
      expected: `a checkpoint completed before the kill (the latest then: ${lastCompletedAtKill ?? 'none'}), restored after it`,
      seen: `counts.restored ${before.restoredCount} → ${lastCp!.counts.restored}, latest.restored id ${restored.id}${restored.is_savepoint ? ' (a savepoint)' : ''} at +${restored.restore_timestamp - killIssuedAt} ms`,
      evidence: { latestRestored: restored, restoredCountBefore: before.restoredCount, restoredCountAfter: lastCp!.counts.restored, lastCompletedBeforeKill: lastCompletedAtKill ?? null },
    }, round);
  }

  // --- a new checkpoint after the restore --------------------------------------------------------
  t = Date.now();
  if (ctx.checkpointIntervalMs <= 0) {
    log.record('new-checkpoint', 'skipped', t, { seen: 'checkpointing is off' }, round);
  } else {
    const after = restored?.restore_timestamp ?? killIssuedAt;
    const timeoutMs = Math.max(options.timeouts.nextCheckpointMs, 3 * ctx.checkpointIntervalMs);
    const next = await pollFor(async () => {
      lastCp = await rest.checkpoints(jobId, { signal });
      const c = lastCp.latest.completed;
      return c && c.trigger_timestamp >= after && (!restored || c.id > restored.id) ? c : undefined;
    }, { ...poll, timeoutMs });
    if (next) {
      moments.nextCheckpointAt = next.latest_ack_timestamp;
      moments.nextCheckpointObservedAt = Date.now();
    }
    log.record('new-checkpoint', next ? 'passed' : 'failed', t, {
      expected: `a checkpoint completed after the restore, within ${timeoutMs / 1000} s`,
      seen: next ? `checkpoint ${next.id} completed at +${next.latest_ack_timestamp - killIssuedAt} ms` : `latest completed ${lastCp?.latest.completed?.id ?? 'none'}, ${lastCp?.counts.failed ?? 0} failed`,
      evidence: { latestCompleted: next ?? lastCp?.latest.completed ?? null, counts: lastCp?.counts },
    }, round);
  }

  // --- the output ---------------------------------------------------------------------------------
  const outputOk = await judgeOutput({ ...ctx, round, runningObservedAt: moments.runningObservedAt, outputMark });
  const ok = restoredOk && outputOk && !log.failed;
  return finish(ok);
}

/**
 * Whether tasks were redeployed since `t`: a restarted vertex's start-time moves past it. Region
 * failover may restart tasks without the job itself going through RESTARTING.
 */
function restartedSince(job: JobDetail, t: number): boolean {
  return (job.timestamps.RESTARTING ?? 0) >= t || job.vertices.some((v) => v['start-time'] >= t);
}

function describeJob(job: JobDetail | undefined): string {
  if (!job) return 'unknown';
  const waiting = job.vertices.filter((v) => v.status !== 'RUNNING').map((v) => `${v.name} ${v.status}`);
  return `${job.state}${waiting.length ? ` (${waiting.join(', ')})` : ''}`;
}

/** Was the restored checkpoint completed before the kill? By id when we saw it, else by its ack time in the history. */
function restoredBeforeKill(restoredId: number, lastSeenId: number | undefined, cp: CheckpointingStatistics, killAt: number): boolean {
  if (lastSeenId !== undefined && restoredId <= lastSeenId) return true;
  const entry = cp.history.find((h) => h.id === restoredId);
  return entry !== undefined && entry.latest_ack_timestamp > 0 && entry.latest_ack_timestamp < killAt;
}

/** The exception Flink recorded for the kill (earliest entry after it), or the latest when `latest`. */
async function failureCause(ctx: RoundContext, since: number, latest = false) {
  const history = await ctx.cluster.rest.jobExceptions(ctx.jobId, 10, { signal: ctx.options.signal }).catch(() => undefined);
  const entries = (history?.exceptionHistory.entries ?? []).filter((e) => e.timestamp >= since - 1_000).sort((a, b) => a.timestamp - b.timestamp);
  const e = latest ? entries.at(-1) : entries[0];
  return e && { exceptionName: e.exceptionName, timestamp: e.timestamp, taskManagerId: e.taskManagerId ?? undefined, taskName: e.taskName ?? undefined, message: e.stacktrace.split('\n')[0]?.slice(0, 300) };
}
