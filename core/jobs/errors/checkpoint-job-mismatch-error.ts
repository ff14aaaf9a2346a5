import { JobsError } from './jobs-error.js';

/** The checkpoint lives under another job's folder than the job being restarted. */
export class CheckpointJobMismatchError extends JobsError {
  override name = 'CheckpointJobMismatchError';
  readonly path: string;
  readonly expectedJobId: string;
  readonly actualJobId: string;

  constructor(path: string, expectedJobId: string, actualJobId: string) {
    super(
      `${path} is a checkpoint of job ${actualJobId}, not of job ${expectedJobId}. Restart ${expectedJobId} from one of its ` +
        `own checkpoints (.flink/checkpoints/${expectedJobId}/chk-N), or submit without naming a job to restore ${actualJobId}'s state.`,
    );
    this.path = path;
    this.expectedJobId = expectedJobId;
    this.actualJobId = actualJobId;
  }
}
