import { FlinkRestError } from './flink-rest-error.js';

/** The request got no answer within its timeout (the JobManager may be overloaded or hung). */
export class RestTimeoutError extends FlinkRestError {
  override name = 'RestTimeoutError';
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;

  constructor(details: { method: string; url: string; timeoutMs: number }, options?: { cause?: unknown }) {
    super(`${details.method} ${details.url} got no answer within ${details.timeoutMs} ms`, options);
    this.method = details.method;
    this.url = details.url;
    this.timeoutMs = details.timeoutMs;
  }
}

/** @example if (isRestTimeoutError(e)) retryLater(); */
export function isRestTimeoutError(error: unknown): error is RestTimeoutError {
  return error instanceof RestTimeoutError || (error as { name?: unknown } | null)?.name === 'RestTimeoutError';
}
