import { JobsError } from './jobs-error.js';

/** The folder exists but has no `_metadata`: a checkpoint still in progress, aborted, or not a checkpoint at all. */
export class RestorePathIncompleteError extends JobsError {
  override name = 'RestorePathIncompleteError';
  readonly path: string;

  constructor(path: string) {
    super(
      `${path} has no _metadata file, so it is not a complete checkpoint or savepoint (it may have been in progress ` +
        'when the job stopped). Pick an older chk-N folder that has _metadata, or use \'latest\'.',
    );
    this.path = path;
  }
}
