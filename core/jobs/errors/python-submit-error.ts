import { JobsError } from './jobs-error.js';

/** `flink run -py` inside the JobManager container failed or printed no job id. */
export class PythonSubmitError extends JobsError {
  override name = 'PythonSubmitError';
  readonly exitCode: number;
  /** The most telling line of the output (a Python traceback's last line, or Flink's root cause). */
  readonly rootCause: string;
  readonly output: string;

  constructor(details: { scriptPath: string; exitCode: number; rootCause: string; output: string }) {
    super(
      `Submitting ${details.scriptPath} with 'flink run -py' failed (exit code ${details.exitCode}): ${details.rootCause}. ` +
        'Fix the script (run it locally with python to see the full error) and submit again.',
    );
    this.exitCode = details.exitCode;
    this.rootCause = details.rootCause;
    this.output = details.output;
  }
}
