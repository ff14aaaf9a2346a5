import { FlinkRestError } from './flink-rest-error.js';

/**
 * Something answered with 2xx, but not what a Flink JobManager sends: HTML, text where JSON was due,
 * or JSON of another shape (a proxy's login page, another service on the port).
 */
export class UnexpectedResponseError extends FlinkRestError {
  override name = 'UnexpectedResponseError';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  /** The start of the body, one line, for the message and logs. */
  readonly excerpt: string;

  constructor(details: { method: string; url: string; status: number; contentType: string; problem: string; excerpt: string }) {
    const shown = details.excerpt.length === 0 ? '' : `: "${details.excerpt}"`;
    super(
      `${details.method} ${details.url} answered ${details.status} (${details.contentType || 'no content type'}) with ${details.problem}${shown}. ` +
        'Is this the REST address of a Flink JobManager (by default port 8081)?',
    );
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.contentType = details.contentType;
    this.excerpt = details.excerpt;
  }
}

/** @example if (isUnexpectedResponseError(e)) log(e.excerpt); */
export function isUnexpectedResponseError(error: unknown): error is UnexpectedResponseError {
  return error instanceof UnexpectedResponseError || (error as { name?: unknown } | null)?.name === 'UnexpectedResponseError';
}
