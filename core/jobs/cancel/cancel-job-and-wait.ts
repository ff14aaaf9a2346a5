import { Wait, type WaitSignal } from '../../cluster/index.js';
import { TERMINAL_JOB_STATES, type FlinkRestClient, type JobDetail } from '../../flink-rest/index.js';

export const DEFAULT_CANCEL_TIMEOUT_MS = 60_000;

export interface CancelOptions extends WaitSignal {
  timeoutMs?: number;
  pollIntervalMs?: number;
}

/**
 * Cancels a job (unless it already ended) and waits until Flink reports it ended: CANCELED, or
 * FAILED / FINISHED when it ended on its own meanwhile. The one cancel of the CLI, the editor's
 * restart and the drill's clean-up. A WaitTimeoutError says what the job was last seen doing.
 */
export async function cancelJobAndWait(rest: Pick<FlinkRestClient, 'job' | 'cancelJob'>, jobId: string, options: CancelOptions = {}): Promise<JobDetail> {
  const job = await rest.job(jobId, { signal: options.signal });
  if (TERMINAL_JOB_STATES.includes(job.state)) return job;
  await rest.cancelJob(jobId, { signal: options.signal });
  return Wait.forJobState(jobId, TERMINAL_JOB_STATES)
    .withTimeout(options.timeoutMs ?? DEFAULT_CANCEL_TIMEOUT_MS)
    .withPollInterval(options.pollIntervalMs ?? 250)
    .waitUntilReady({ rest, ...(options.signal && { signal: options.signal }) });
}
