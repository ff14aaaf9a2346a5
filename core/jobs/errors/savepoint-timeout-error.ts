import { JobsError } from './jobs-error.js';

/** The savepoint did not complete in time. It may still complete: Flink keeps working on it. */
export class SavepointTimeoutError extends JobsError {
  override name = 'SavepointTimeoutError';
  readonly jobId: string;
  readonly triggerId: string;

  constructor(jobId: string, triggerId: string, timeoutMs: number) {
    super(
      `Savepoint of job ${jobId} (trigger ${triggerId}) did not complete within ${(timeoutMs / 1000).toFixed(0)} s. ` +
        'Large state or back-pressure slow it down: look at the job\'s checkpoints page, or try again with a longer timeout.',
    );
    this.jobId = jobId;
    this.triggerId = triggerId;
  }
}
