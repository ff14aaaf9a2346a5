// The recovery drill (issue 5): submit fresh, confirm checkpointing, wait for checkpoints, then kill
// rounds (kill-round.ts), and a verdict from the steps. Stopping through the AbortSignal cancels the
// job; whatever happens, the job is cancelled and the killed TaskManagers' containers are removed.
import { Wait, isWaitTimeoutError } from '../cluster/index.js';
import { TERMINAL_JOB_STATES, isHttpStatusError, type CheckpointConfig, type CompletedCheckpointStats, type JobDetail } from '../flink-rest/index.js';
import { cancelJobAndWait } from '../jobs/index.js';
import type { DrillCluster, JobLauncher, OutputTap } from './drill-ports.js';
import { resolveDrillOptions, type DrillOptions, type ResolvedDrillOptions } from './drill-options.js';
import { checkpointingOffMessage, controlHasCheckpointingMessage } from './flink001-explanation.js';
import { checkIdsDelivered } from './end-to-end/ids-delivered.js';
import { runKillRound } from './kill-round.js';
import { done, pending, waitFor } from './round/wait-for.js';
import type { EndToEndReport, RecoveryReport, RoundTimeline, StepResult } from './recovery-report.js';
import { StepLog } from './step-log.js';
import { decideVerdict } from './verdict.js';

export interface DrillInputs {
  cluster: DrillCluster;
  launch: JobLauncher;
  /** Starts following TaskManager stdout; called before submission so no line is missed. */
  openOutput: () => Promise<OutputTap>;
  job: { artifact: string; entryClass?: string; args: readonly string[] };
  /** Called as each step finishes (Test Explorer output, CLI progress). */
  onStep?: (step: StepResult) => void;
}

export async function runRecoveryDrill(inputs: DrillInputs, drillOptions: DrillOptions = {}): Promise<RecoveryReport> {
  const options = resolveDrillOptions(drillOptions);
  const { cluster } = inputs;
  const signal = options.signal;
  const startedAt = Date.now();
  const log = new StepLog(inputs.onStep);
  const timelines: RoundTimeline[] = [];
  let jobId: string | undefined;
  let jobName: string | undefined;
  let entryClass = inputs.job.entryClass;
  let cancelled = false;
  const output = await inputs.openOutput();
  const outputOpenedMs = Date.now() - startedAt;
  let taskManagersMs = 0;
  let endToEnd: EndToEndReport | undefined;

  const body = async (): Promise<void> => {
    const tmCheck = Date.now();
    await ensureTaskManagers(cluster, options);
    taskManagersMs = Date.now() - tmCheck;

    let t = Date.now();
    if (!(await writeFirstIds(options, log))) return;
    t = Date.now();
    const submitted = await inputs.launch(signal);
    jobId = submitted.jobId;
    entryClass = submitted.entryClass ?? entryClass;
    log.record('submitted', 'passed', t, { seen: `job ${jobId}`, evidence: { jobId, entryClass, args: inputs.job.args } });

    // Checkpointing, from the running job itself: code, config files and cluster defaults all count.
    t = Date.now();
    const config = await checkpointConfig(cluster, jobId, options);
    const interval = config && config.interval > 0 && config.interval < Number.MAX_SAFE_INTEGER ? config.interval : 0;
    if (!options.control && interval === 0) {
      log.record('checkpointing-enabled', 'failed', t, {
        expected: 'GET /jobs/:id/checkpoints/config shows a checkpoint interval',
        seen: 'checkpointing is not enabled for this job' + (config ? ` (checkpoint interval ${config.interval === 0 || config.interval >= Number.MAX_SAFE_INTEGER ? 'Long.MAX_VALUE' : config.interval})` : ''),
        message: checkpointingOffMessage(),
        evidence: { checkpointConfig: config ?? null, rule: 'FLINK001' },
      });
      return;
    }
    if (options.control && interval > 0) {
      log.record('checkpointing-enabled', 'inconclusive', t, {
        expected: 'checkpointing off (the negative control)',
        seen: `checkpointing every ${interval} ms`,
        message: controlHasCheckpointingMessage(),
        evidence: { checkpointConfig: config },
      });
      return;
    }
    log.record('checkpointing-enabled', 'passed', t, {
      seen: options.control ? 'off, as the negative control needs' : `every ${interval} ms, ${config?.mode ?? ''}`.trim(),
      evidence: { checkpointConfig: config ?? null },
    });

    t = Date.now();
    options.onProgress(options.control ? 'waiting for the job to run and print' : `waiting for RUNNING with all tasks and ${options.checkpoints} completed checkpoints`);
    const ready = await awaitReady(cluster, jobId, interval, options, output);
    jobName = ready.job?.name;
    if (!ready.ok) {
      log.record('running-with-checkpoints', 'failed', t, { expected: ready.expected, seen: ready.seen, evidence: ready.evidence });
      return;
    }
    log.record('running-with-checkpoints', 'passed', t, { seen: ready.seen, evidence: ready.evidence });

    for (let round = 1; round <= options.kills; round++) {
      const outcome = await runKillRound({ cluster, jobId, output, options, log, fault: options.fault, checkpointIntervalMs: interval }, round);
      if (outcome.timeline) timelines.push(outcome.timeline);
      if (!outcome.ok) break;
    }
    // The end-to-end proof once the job has recovered (a failed round already decided the verdict).
    if (!log.failed) endToEnd = await checkIdsDelivered({ cluster, options, log, checkpointIntervalMs: interval });
    return;
  };

  let failure: unknown;
  try {
    await body();
  } catch (error) {
    if (signal.aborted) cancelled = true;
    else failure = error;
  }
  // Leave the cluster as found: the job cancelled, the killed TaskManagers' containers removed.
  const cleanupStarted = Date.now();
  await output.stop().catch(() => undefined);
  // Without the drill's signal: it may be the reason we are here. The cluster may be gone (the user
  // stopped it): then there is nothing left to clean.
  if (jobId && !options.keepJob) await cancelJobAndWait(cluster.rest, jobId, { timeoutMs: 30_000 }).catch(() => undefined);
  await options.fault.cleanUp({ cluster });
  if (failure !== undefined) throw failure;
  return report(Date.now() - cleanupStarted);

  function report(cleanupMs: number): RecoveryReport {
    const decided = decideVerdict(log.steps);
    return {
      ...decided,
      ...(cancelled && { verdict: 'inconclusive' as const, summary: 'Cancelled before the drill finished; the job was cancelled.', cancelled: true }),
      job: { ...(jobId && { jobId }), ...(jobName && { name: jobName }), artifact: inputs.job.artifact, ...(entryClass && { entryClass }), args: [...inputs.job.args], control: options.control },
      steps: log.steps,
      timelines,
      ...(endToEnd && { endToEnd }),
      startedAt,
      durationMs: Date.now() - startedAt,
      phases: { setupMs: (log.steps[0]?.at ?? Date.now()) - (log.steps[0]?.durationMs ?? 0) - startedAt, outputMs: outputOpenedMs, taskManagersMs, cleanupMs },
    };
  }
}

/** End-to-end check: the output topic made and the first half of the ids written before the job starts. */
async function writeFirstIds(options: ResolvedDrillOptions, log: StepLog): Promise<boolean> {
  const plan = options.endToEnd;
  if (!plan) return true;
  const t = Date.now();
  options.onProgress(plan.inputTopic ? `writing ${plan.batches[0]!.length} of ${plan.ids.length} ids to ${plan.inputTopic}` : `creating ${plan.outputTopic}`);
  // Made here so the checks can read it before the job's first commit.
  await plan.broker.createTopic(plan.outputTopic);
  if (!plan.inputTopic) return true;
  await plan.broker.createTopic(plan.inputTopic);
  const written = await plan.broker.produce(plan.inputTopic, plan.batches[0]!);
  log.record('ids-written', 'passed', t, {
    seen: `${written} ids (${plan.batches[0]![0]} …) to ${plan.inputTopic}; ${plan.ids.length - written} more go in just before the fault`,
    evidence: { inputTopic: plan.inputTopic, outputTopic: plan.outputTopic, run: plan.run, written, total: plan.ids.length, guarantee: plan.guarantee },
  });
  return true;
}

/** The job's checkpoint configuration, or undefined when Flink says checkpointing is off. */
async function checkpointConfig(cluster: DrillCluster, jobId: string, options: ResolvedDrillOptions): Promise<CheckpointConfig | undefined> {
  try {
    return await cluster.rest.checkpointConfig(jobId, { signal: options.signal });
  } catch (error) {
    // 404 "Checkpointing is not enabled for this job" (500 on some versions).
    if (isHttpStatusError(error) && (error.status === 404 || error.status === 500)) return undefined;
    throw error;
  }
}

async function ensureTaskManagers(cluster: DrillCluster, options: ResolvedDrillOptions): Promise<void> {
  const running = (await cluster.taskManagers()).filter((tm) => tm.state === 'running').length;
  for (let i = running; i < options.minTaskManagers; i++) {
    options.onProgress(`starting a TaskManager (${i + 1} of ${options.minTaskManagers})`);
    await cluster.addTaskManager();
  }
  try {
    await Wait.forTaskManagers({ atLeast: options.minTaskManagers })
      .withTimeout(options.timeouts.startMs)
      .withPollInterval(options.pollIntervalMs)
      .waitUntilReady({ rest: cluster.rest, signal: options.signal });
  } catch (error) {
    if (!isWaitTimeoutError(error)) throw error;
    throw new Error(`Only some of the ${options.minTaskManagers} TaskManagers registered with the JobManager within ${options.timeouts.startMs / 1000} s (${error.lastSeen}); see 'flink-ft cluster status'.`);
  }
}

interface Readiness {
  ok: boolean;
  job?: JobDetail;
  expected: string;
  seen: string;
  evidence: Record<string, unknown>;
}

async function awaitReady(cluster: DrillCluster, jobId: string, interval: number, options: ResolvedDrillOptions, output: OutputTap): Promise<Readiness> {
  const { rest } = cluster;
  const expected = options.control
    ? 'RUNNING with all tasks running and printing'
    : `RUNNING with all tasks running and ${options.checkpoints} completed checkpoints`;
  let job: JobDetail | undefined;
  let completed = 0;
  const running = await waitFor(options, options.timeouts.startMs, `job ${jobId} to run all tasks`, async (signal) => {
    job = await rest.job(jobId, { signal });
    if (TERMINAL_JOB_STATES.includes(job.state)) return done(job);
    return job.state === 'RUNNING' && job.vertices.every((v) => v.status === 'RUNNING') ? done(job) : pending(describe(job));
  });
  if (!running.ok || running.value.state !== 'RUNNING') {
    return { ok: false, job, expected, seen: `job ${describe(job)}${running.ok ? '' : ` after ${options.timeouts.startMs / 1000} s`}`, evidence: { state: job?.state } };
  }
  if (options.control) {
    // No checkpoints to wait for: wait until the job has printed for a while, so "started over" shows.
    const lines = await waitFor(options, options.timeouts.outputMs, 'the job to print 20 lines', async () => {
      const n = output.records().length;
      return n >= 20 ? done(n) : pending(`${n} lines`);
    });
    return { ok: true, job: running.value, expected, seen: `RUNNING, ${lines.ok ? lines.value : output.records().length} lines printed`, evidence: { vertices: running.value.vertices.length } };
  }
  const timeoutMs = Math.max(options.timeouts.checkpointsMs, (options.checkpoints + 2) * interval);
  const enough = await waitFor<{ state: JobDetail['state']; latest: CompletedCheckpointStats | null }>(options, timeoutMs, `${options.checkpoints} completed checkpoints`, async (signal) => {
    const cp = await rest.checkpoints(jobId, { signal });
    completed = cp.counts.completed;
    job = await rest.job(jobId, { signal });
    if (job.state !== 'RUNNING') return done({ state: job.state, latest: null });
    return completed >= options.checkpoints ? done({ state: job.state, latest: cp.latest.completed }) : pending(`${completed} completed`);
  });
  if (!enough.ok || enough.value.state !== 'RUNNING') {
    return { ok: false, job, expected, seen: enough.ok ? `the job went ${enough.value.state} before the kill` : `${completed} completed checkpoint(s) after ${timeoutMs / 1000} s`, evidence: { completed } };
  }
  return { ok: true, job, expected, seen: `RUNNING, ${completed} checkpoints completed`, evidence: { completed, latestCompleted: enough.value.latest } };
}

function describe(job: JobDetail | undefined): string {
  if (!job) return 'not known to the cluster';
  const waiting = job.vertices.filter((v) => v.status !== 'RUNNING').map((v) => `${v.name} ${v.status}`);
  return `${job.state}${waiting.length > 0 ? ` (${waiting.join(', ')})` : ''}`;
}

