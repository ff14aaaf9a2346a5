import { ClusterUnreachableError } from './errors/cluster-unreachable-error.js';
import { HttpStatusError } from './errors/http-status-error.js';
import { RestTimeoutError } from './errors/rest-timeout-error.js';

export interface RequestOptions {
  /** Overrides the client's default timeout for this call. */
  timeoutMs?: number;
  /** Cancels the call (e.g. a stopped recovery drill); its reason is rethrown as-is. */
  signal?: AbortSignal;
}

type Body = { json: unknown } | { form: FormData } | undefined;

/**
 * fetch with a timeout and Flink-aware errors. Kept apart from the client so that the client reads
 * as a list of endpoints.
 */
export class RestTransport {
  constructor(
    readonly baseUrl: string,
    private readonly defaultTimeoutMs: number,
  ) {}

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  async json<T>(method: string, path: string, body?: Body, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, body, options);
    const text = await response.text();
    // Some endpoints (PATCH cancel: 202, DELETE jar) answer with an empty body.
    return (text.length === 0 ? undefined : JSON.parse(text)) as T;
  }

  async text(path: string, options: RequestOptions = {}): Promise<string> {
    const response = await this.send('GET', path, undefined, options);
    return response.text();
  }

  private async send(method: string, path: string, body: Body, options: RequestOptions): Promise<Response> {
    const url = this.url(path);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const init: RequestInit = { method, signal, headers: { accept: 'application/json' } };
    if (body && 'json' in body) {
      init.body = JSON.stringify(body.json);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    } else if (body && 'form' in body) {
      init.body = body.form; // fetch sets the multipart boundary itself
    }
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch (error) {
      throw this.translate(error, method, url, timeoutMs, timeout, options.signal);
    }
    if (!response.ok) {
      let raw = '';
      try {
        raw = await response.text();
      } catch (error) {
        throw this.translate(error, method, url, timeoutMs, timeout, options.signal);
      }
      throw new HttpStatusError({ method, url, status: response.status, statusText: response.statusText, serverErrors: parseErrors(raw) });
    }
    return response;
  }

  private translate(error: unknown, method: string, url: string, timeoutMs: number, timeout: AbortSignal, caller?: AbortSignal): unknown {
    if (caller?.aborted) return caller.reason;
    if (timeout.aborted) return new RestTimeoutError({ method, url, timeoutMs }, { cause: error });
    const code = networkCode(error);
    if (code) return new ClusterUnreachableError({ method, url, reason: code }, { cause: error });
    return error;
  }
}

// Flink error bodies are `{"errors": [...]}`; anything else is kept verbatim so nothing is lost.
function parseErrors(raw: string): string[] {
  if (raw.trim().length === 0) return [];
  try {
    const parsed = JSON.parse(raw) as { errors?: unknown };
    if (Array.isArray(parsed.errors)) return parsed.errors.map(String);
  } catch {
    // not JSON
  }
  return [raw.trim()];
}

// undici wraps socket errors: TypeError('fetch failed') with cause { code: 'ECONNREFUSED' } (or a nested AggregateError).
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      current = errors[0];
      continue;
    }
    current = (current as { cause?: unknown }).cause;
  }
  if (error instanceof TypeError && error.message === 'fetch failed') return 'connection failed';
  return undefined;
}
