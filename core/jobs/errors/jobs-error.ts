/** Base class of the job-lifecycle errors (build, submit, restore). Each message ends with what to do next. */
export class JobsError extends Error {
  override name = 'JobsError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const JOBS_ERROR_NAMES = new Set([
  'JobsError',
  'ProjectNotFoundError',
  'BuildFailedError',
  'JarNotFoundError',
  'EntryClassMissingError',
  'EntryClassNotFoundError',
  'JobStartFailedError',
  'RestorePathNotFoundError',
  'RestorePathIncompleteError',
  'CheckpointJobMismatchError',
  'NoRetainedCheckpointError',
  'ClusterNotRunningError',
  'SavepointFailedError',
  'SavepointTimeoutError',
  'PythonSubmitError',
  'JarUnreadableError',
]);

/** True for any jobs error, also across bundles where `instanceof` fails (CLI and extension bundle core separately). */
export function isJobsError(error: unknown): error is JobsError {
  if (error instanceof JobsError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && JOBS_ERROR_NAMES.has(name);
}
