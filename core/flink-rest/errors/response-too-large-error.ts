import { FlinkRestError } from './flink-rest-error.js';

/** The body went past the client's size cap; reading stopped there (an endless or runaway answer). */
export class ResponseTooLargeError extends FlinkRestError {
  override name = 'ResponseTooLargeError';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly maxBytes: number;

  constructor(details: { method: string; url: string; status: number; maxBytes: number }) {
    super(
      `${details.method} ${details.url} answered ${details.status} with a body over ${formatBytes(details.maxBytes)}; stopped reading. ` +
        'Is this the REST address of a Flink JobManager?',
    );
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.maxBytes = details.maxBytes;
  }
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** @example if (isResponseTooLargeError(e)) suggestSmallerQuery(); */
export function isResponseTooLargeError(error: unknown): error is ResponseTooLargeError {
  return error instanceof ResponseTooLargeError || (error as { name?: unknown } | null)?.name === 'ResponseTooLargeError';
}
