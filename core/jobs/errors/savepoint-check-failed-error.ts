import { JobsError } from './jobs-error.js';

/** A helper of the savepoint check (reading `_metadata`, listing the job's operators) did not give an answer. */
export class SavepointCheckFailedError extends JobsError {
  override name = 'SavepointCheckFailedError';
  readonly step: string;
  readonly output: string;

  constructor(step: string, reason: string, output: string, options?: ErrorOptions) {
    super(`The savepoint check could not ${step}: ${reason}`, options);
    this.step = step;
    this.output = output;
  }
}
