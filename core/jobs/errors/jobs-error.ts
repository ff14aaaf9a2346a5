import { hasErrorFamily, type ErrorFamily } from '../../errors/error-family.js';

/** Base class of the job-lifecycle errors (build, submit, restore). Each message ends with what to do next. */
export class JobsError extends Error {
  override name = 'JobsError';
  /** The brand isJobsError reads; every subclass has it. */
  readonly errorFamily: ErrorFamily = 'jobs';
}

/** True for any jobs error, also across bundles where `instanceof` fails (CLI and extension bundle core separately). */
export function isJobsError(error: unknown): error is JobsError {
  return error instanceof JobsError || hasErrorFamily(error, 'jobs');
}
