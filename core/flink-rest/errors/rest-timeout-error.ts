import { FlinkRestError } from './flink-rest-error.js';

/**
 * The request got no answer within its timeout (the JobManager may be overloaded or hung), or it
 * answered but its body stopped coming (`status` is then set).
 */
export class RestTimeoutError extends FlinkRestError {
  override name = 'RestTimeoutError';
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;
  /** Set when the headers came and the body stalled. */
  readonly status: number | undefined;

  constructor(details: { method: string; url: string; timeoutMs: number; status?: number }, options?: { cause?: unknown }) {
    super(
      details.status === undefined
        ? `${details.method} ${details.url} got no answer within ${details.timeoutMs} ms`
        : `${details.method} ${details.url} answered ${details.status} but its body did not finish within ${details.timeoutMs} ms`,
      options,
    );
    this.method = details.method;
    this.url = details.url;
    this.timeoutMs = details.timeoutMs;
    this.status = details.status;
  }
}

/** @example if (isRestTimeoutError(e)) retryLater(); */
export function isRestTimeoutError(error: unknown): error is RestTimeoutError {
  return error instanceof RestTimeoutError || (error as { name?: unknown } | null)?.name === 'RestTimeoutError';
}
