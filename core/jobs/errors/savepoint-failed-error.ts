import { JobsError } from './jobs-error.js';

/** Flink reported the savepoint (or stop-with-savepoint) as failed. */
export class SavepointFailedError extends JobsError {
  override name = 'SavepointFailedError';
  readonly jobId: string;
  readonly failureCause: string;

  constructor(jobId: string, failureCause: string) {
    super(
      `Savepoint of job ${jobId} failed: ${failureCause}. Check that the job is RUNNING with all tasks running ` +
        'and that the savepoint folder is writable by the cluster, then try again.',
    );
    this.jobId = jobId;
    this.failureCause = failureCause;
  }
}
