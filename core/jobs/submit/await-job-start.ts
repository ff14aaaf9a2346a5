import { TERMINAL_JOB_STATES, isHttpStatusError, type FlinkRestClient, type JobDetail } from '../../flink-rest/index.js';
import { JobStartFailedError } from '../errors/job-start-failed-error.js';
import { Wait, isWaitTimeoutError, type CheckResult } from '../../cluster/index.js';
import { rootCause } from './root-cause.js';

export interface AwaitStartOptions {
  timeoutMs?: number;
  /**
   * How long the job must stay healthy once all its tasks run before it counts as started
   * (default 5 s; 0: started the moment all tasks run). A job that fails in that window, e.g. on
   * its first records, is reported as failed with its root cause rather than as a success.
   */
  graceMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_START_TIMEOUT_MS = 120_000;
export const DEFAULT_START_GRACE_MS = 5_000;
/** What waiting for a start reads from the JobManager (a fake in unit tests). */
export type JobStartRest = Pick<FlinkRestClient, 'job' | 'jobExceptions' | 'cancelJob'>;

const FAILING_STATES = new Set(['FAILING', 'RESTARTING', ...TERMINAL_JOB_STATES]);

/**
 * Waits until a just-submitted job has started: all its tasks RUNNING, and still so (not failing,
 * restarting or ended) for `graceMs` after that. A job that fails, restarts or ends (other than
 * FINISHED once running: a short bounded job) before then failed at start: it is cancelled (a bad
 * submission changes nothing) and JobStartFailedError carries the root exception from the job's
 * exception history. Returns the job as it was at the end of the grace window.
 *
 * Why a grace window and not the first completed checkpoint: checkpointing may be off, and the
 * first checkpoint comes only after the job's interval; the window catches the common case, a job
 * that dies on its first records, in seconds and the same way for every job.
 */
export async function awaitJobStart(rest: JobStartRest, jobId: string, options: AwaitStartOptions = {}): Promise<JobDetail> {
  let last: JobDetail | undefined;
  let allRunningSince: number | undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const graceMs = options.graceMs ?? DEFAULT_START_GRACE_MS;
  const started = Wait.until<JobDetail>(`job ${jobId} to run with all tasks and stay healthy for ${graceMs} ms`, async (signal): Promise<CheckResult<JobDetail>> => {
    let job: JobDetail;
    try {
      job = await rest.job(jobId, { signal });
    } catch (error) {
      // Right after submission the dispatcher may not list the job yet; any other error ends the wait.
      if (isHttpStatusError(error) && error.status === 404) return { state: 'pending', seen: 'job not listed yet' };
      return { state: 'failed', seen: String(error), error: error instanceof Error ? error : new Error(String(error)) };
    }
    last = job;
    if (job.state === 'FINISHED' && allRunningSince !== undefined) return { state: 'done', value: job };
    if (FAILING_STATES.has(job.state)) return { state: 'failed', seen: `state ${job.state}`, error: await startFailure(rest, job) };
    const allRunning = job.state === 'RUNNING' && job.vertices.every((v) => v.status === 'RUNNING' || v.status === 'FINISHED');
    if (!allRunning) return { state: 'pending', seen: `state ${job.state}` };
    allRunningSince ??= performance.now();
    return performance.now() - allRunningSince >= graceMs ? { state: 'done', value: job } : { state: 'pending', seen: 'all tasks RUNNING, within the start grace' };
  });
  try {
    // The grace comes on top of the time to start, so a slow start does not shorten it.
    return await started.withTimeout(timeoutMs + graceMs).waitUntilReady({ ...(options.signal && { signal: options.signal }) });
  } catch (error) {
    throw isWaitTimeoutError(error) ? startTimeout(rest, jobId, last, timeoutMs) : error;
  }
}

// Tasks that never all run mostly wait for slots; the job is cancelled so nothing lingers half-started.
function startTimeout(rest: JobStartRest, jobId: string, last: JobDetail | undefined, timeoutMs: number): JobStartFailedError {
  void rest.cancelJob(jobId).catch(() => undefined);
  const waiting = last?.vertices.filter((v) => v.status !== 'RUNNING').map((v) => `${v.name} (${v.status})`) ?? [];
  const seen = last ? `state ${last.state}${waiting.length > 0 ? `, not running: ${waiting.join(', ')}` : ''}` : 'the cluster never listed the job';
  return new JobStartFailedError({
    jobId,
    rootCause: `its tasks were not all RUNNING after ${(timeoutMs / 1000).toFixed(0)} s (${seen}); the cluster may lack free task slots`,
    details: seen,
    phase: 'start',
  });
}

async function startFailure(rest: JobStartRest, job: JobDetail): Promise<JobStartFailedError> {
  const exceptions = await rest.jobExceptions(job.jid, 5).catch(() => undefined);
  // The history is newest first; the first failure is what broke the start.
  const first = exceptions?.exceptionHistory.entries.at(-1);
  if (!TERMINAL_JOB_STATES.includes(job.state)) await rest.cancelJob(job.jid).catch(() => undefined);
  const details = first?.stacktrace ?? `the job went to ${job.state}`;
  return new JobStartFailedError({ jobId: job.jid, rootCause: first ? rootCause(first.stacktrace) : `the job went to ${job.state}`, details, phase: 'start' });
}
