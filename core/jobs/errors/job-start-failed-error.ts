import { JobsError } from './jobs-error.js';

/** The job was rejected at submission or failed while starting. `rootCause` is Flink's innermost exception. */
export class JobStartFailedError extends JobsError {
  override name = 'JobStartFailedError';
  readonly jobId: string | undefined;
  readonly rootCause: string;
  /** The full server-side trace (stack trace or exception history entry). */
  readonly details: string;

  constructor(info: { jobId?: string; rootCause: string; details: string; phase: 'submit' | 'start' }, options?: { cause?: unknown }) {
    const what = info.phase === 'submit' ? 'The job could not be submitted' : `Job ${info.jobId ?? ''} failed while starting`.replace('  ', ' ');
    super(`${what}: ${info.rootCause}. Fix the cause in the job (see the trace in the job's exceptions) and submit again.`, options);
    this.jobId = info.jobId;
    this.rootCause = info.rootCause;
    this.details = info.details;
  }
}
