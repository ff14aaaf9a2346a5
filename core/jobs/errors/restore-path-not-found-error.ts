import { JobsError } from './jobs-error.js';

/** A checkpoint or savepoint path to restore from does not exist. */
export class RestorePathNotFoundError extends JobsError {
  override name = 'RestorePathNotFoundError';
  readonly path: string;

  constructor(path: string) {
    super(
      `Checkpoint or savepoint ${path} does not exist. Pick a chk-N or savepoint-* folder under .flink/checkpoints ` +
        "or .flink/savepoints, or use 'latest' to take the newest complete checkpoint.",
    );
    this.path = path;
  }
}
