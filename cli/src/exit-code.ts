/** Process exit codes, shared by every subcommand so scripts can rely on them. */
export const ExitCode = {
  /** Ran and found nothing at warning level or above. */
  ok: 0,
  /** Ran and found at least one problem at warning level or above. */
  findings: 1,
  /** An action command (cluster, logs) ran and failed, e.g. Docker unavailable; stderr says why. */
  failed: 1,
  /** Could not run as asked: usage error, missing path, or an internal failure. */
  usage: 2,
  /** `recover` only: Flink restored the job but its output could not be judged (not a pass). */
  notJudged: 3,
  /** Stopped by Ctrl+C (SIGINT) or SIGTERM, after cleaning up (the shell convention 128 + 2). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
