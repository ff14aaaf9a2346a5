import { FlinkRestError } from './flink-rest-error.js';

/** The JobManager answered, but with a non-2xx status. Carries Flink's own `errors` array. */
export class HttpStatusError extends FlinkRestError {
  override name = 'HttpStatusError';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** Flink's `{"errors": [...]}` body, or the raw body as one entry when it was not JSON. */
  readonly serverErrors: readonly string[];

  constructor(details: { method: string; url: string; status: number; statusText: string; serverErrors: readonly string[] }) {
    const first = details.serverErrors.map(firstLine).filter((s) => s.length > 0);
    const reason = first.length > 0 ? `: ${first.join(' | ')}` : '';
    super(`${details.method} ${details.url} failed with status ${details.status} ${details.statusText}${reason}`.trimEnd());
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.serverErrors = details.serverErrors;
  }
}

const MAX_LINE_CHARS = 200;

// Flink appends whole server-side stack traces to `errors`; the message keeps only their first line,
// and only its start (a proxy's HTML error page is one long line).
function firstLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').trim();
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;
}

/**
 * @example if (isHttpStatusError(e) && e.status === 404) return undefined;
 */
export function isHttpStatusError(error: unknown): error is HttpStatusError {
  return error instanceof HttpStatusError || (error as { name?: unknown } | null)?.name === 'HttpStatusError';
}
