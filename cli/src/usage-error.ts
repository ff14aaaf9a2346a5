/**
 * The command line was wrong (unknown flag, bad value, missing path). The message says what to do
 * instead; the CLI prints it and exits with code 2, the convention of ESLint and most linters.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** True for a {@link UsageError}, also across bundle copies of the class (compared by name). */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError || (error instanceof Error && error.name === 'UsageError');
}
