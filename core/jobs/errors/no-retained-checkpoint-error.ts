import { JobsError } from './jobs-error.js';

/** 'latest' was asked for, but no complete checkpoint was retained (for that job). */
export class NoRetainedCheckpointError extends JobsError {
  override name = 'NoRetainedCheckpointError';
  readonly checkpointDir: string;
  readonly jobId: string | undefined;

  constructor(checkpointDir: string, jobId?: string) {
    const whose = jobId ? `of job ${jobId} ` : '';
    super(
      `No complete checkpoint ${whose}in ${checkpointDir}. Checkpoints survive a cancel only with ` +
        'execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION (the local cluster sets it) ' +
        'and only once one has completed: let the job run past its checkpoint interval, or stop it with a savepoint instead.',
    );
    this.checkpointDir = checkpointDir;
    this.jobId = jobId;
  }
}
