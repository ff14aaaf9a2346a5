import type { FlinkRestClient } from '../../flink-rest/index.js';
import { SavepointFailedError } from '../errors/savepoint-failed-error.js';
import { SavepointTimeoutError } from '../errors/savepoint-timeout-error.js';
import { Wait, isWaitTimeoutError, type CheckResult } from '../../cluster/index.js';

export interface SavepointOptions {
  /** Folder as the cluster sees it; default: the cluster's execution.checkpointing.savepoint-dir. */
  targetDirectory?: string;
  /** Stop only: emit MAX_WATERMARK first so event-time windows fire. */
  drain?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface SavepointResult {
  jobId: string;
  /** As Flink reports it, e.g. `file:/flink-data/savepoints/savepoint-1a2b3c-0123456789ab`. */
  location: string;
  durationMs: number;
}

const DEFAULT_SAVEPOINT_TIMEOUT_MS = 120_000;

/** Triggers a savepoint and waits for it; the job keeps running. */
export async function triggerSavepoint(rest: FlinkRestClient, jobId: string, options: SavepointOptions = {}): Promise<SavepointResult> {
  const started = performance.now();
  const triggerId = await rest.triggerSavepoint(jobId, { ...(options.targetDirectory !== undefined && { targetDirectory: options.targetDirectory }) });
  return { jobId, location: await awaitSavepoint(rest, jobId, triggerId, options), durationMs: performance.now() - started };
}

/** Stop-with-savepoint: takes a savepoint, then stops the job (it ends FINISHED). */
export async function stopWithSavepoint(rest: FlinkRestClient, jobId: string, options: SavepointOptions = {}): Promise<SavepointResult> {
  const started = performance.now();
  const triggerId = await rest.stopWithSavepoint(jobId, {
    ...(options.targetDirectory !== undefined && { targetDirectory: options.targetDirectory }),
    drain: options.drain ?? false,
  });
  return { jobId, location: await awaitSavepoint(rest, jobId, triggerId, options), durationMs: performance.now() - started };
}

/** Polls a savepoint trigger until Flink reports it completed (location) or failed. */
async function awaitSavepoint(rest: FlinkRestClient, jobId: string, triggerId: string, options: SavepointOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SAVEPOINT_TIMEOUT_MS;
  const completed = Wait.until<string>(`savepoint ${triggerId} of job ${jobId} to complete`, async (signal): Promise<CheckResult<string>> => {
    // A REST error here is not "not yet" (the trigger or job is unknown): it ends the wait.
    const status = await rest.savepointStatus(jobId, triggerId, { signal }).catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
    if (status instanceof Error) return { state: 'failed', seen: status.message, error: status };
    if (status.state === 'COMPLETED') return { state: 'done', value: status.location };
    if (status.state === 'FAILED') return { state: 'failed', seen: status.failureCause, error: new SavepointFailedError(jobId, status.failureCause) };
    return { state: 'pending', seen: status.state };
  });
  try {
    return await completed.withTimeout(timeoutMs).waitUntilReady({ ...(options.signal && { signal: options.signal }) });
  } catch (error) {
    throw isWaitTimeoutError(error) ? new SavepointTimeoutError(jobId, triggerId, timeoutMs) : error;
  }
}
