// The analyzer runs on every keystroke; a rule that throws on some shape of code would otherwise
// flood the output channel. Each distinct problem is logged once per server lifetime.
export class LogOnce {
  private readonly seen = new Set<string>();

  constructor(private readonly sink: (message: string) => void) {}

  /** Logs `message` unless a message with the same `key` was already logged. */
  error(key: string, message: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.sink(message);
  }
}

/** Error text with its stack, for the log; rules throw anything, not only `Error`s. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** What makes two errors "the same" for LogOnce: type and message, not the stack (it varies by caller). */
export function errorKey(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
