import { ClusterUnreachableError } from './errors/cluster-unreachable-error.js';
import { FlinkRestError } from './errors/flink-rest-error.js';
import { HttpStatusError } from './errors/http-status-error.js';
import { InvalidRestUrlError } from './errors/invalid-rest-url-error.js';
import { ResponseTooLargeError } from './errors/response-too-large-error.js';
import { RestTimeoutError } from './errors/rest-timeout-error.js';
import { UnexpectedResponseError } from './errors/unexpected-response-error.js';
import { readCappedBody } from './read-capped-body.js';
import type { ResponseShape } from './response-shape.js';
import type { RestUrl } from './rest-url.js';

export interface RequestOptions {
  /** Overrides the client's default timeout for this call; it covers the answer and its whole body. */
  timeoutMs?: number;
  /** Cancels the call (e.g. a stopped recovery drill); its reason is rethrown as-is. */
  signal?: AbortSignal;
}

type Body = { json: unknown } | { form: FormData } | undefined;

interface Exchange {
  method: string;
  /** The URL as messages show it (credentials redacted). */
  shownUrl: string;
  status: number;
  contentType: string;
  text: string;
}

/**
 * fetch with a timeout, a body size cap and Flink-aware errors. Kept apart from the client so that
 * the client reads as a list of endpoints. Every failure is a FlinkRestError naming method, URL
 * (without the password) and what came back.
 */
export class RestTransport {
  private readonly bases: readonly RestUrl[];
  /** The endpoint that answered last: asked first next time. */
  private current = 0;

  constructor(
    base: RestUrl,
    private readonly defaultTimeoutMs: number,
    private readonly maxBodyBytes: number,
    /** Other endpoints of the same cluster (the standby JobManagers of an HA cluster). */
    alternates: readonly RestUrl[] = [],
  ) {
    this.bases = [base, ...alternates];
  }

  private get base(): RestUrl {
    return this.bases[this.current]!;
  }

  /** The URL fetch uses: no credentials, so it is also safe to show. */
  url(path: string): string {
    return `${this.base.fetchBase}${path}`;
  }

  /** Parses the answer as JSON; with a `shape`, an empty body or another shape is an UnexpectedResponseError. */
  async json<T>(method: string, path: string, body?: Body, options: RequestOptions = {}, shape?: ResponseShape): Promise<T> {
    const answer = await this.exchange(method, path, body, options);
    // Some endpoints (PATCH cancel: 202, DELETE jar) answer with an empty body.
    if (answer.text.length === 0) {
      if (shape) throw unexpected(answer, `an empty body (expected ${shape.description})`);
      return undefined as T;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      throw unexpected(answer, 'a body that is not JSON');
    }
    if (shape && !shape.matches(parsed)) throw unexpected(answer, `JSON of an unexpected shape (expected ${shape.description})`);
    return parsed as T;
  }

  async text(path: string, options: RequestOptions = {}): Promise<string> {
    return (await this.exchange('GET', path, undefined, options)).text;
  }

  /**
   * Asks the endpoint that answered last, then the others in turn when it cannot be reached (a
   * killed JobManager). Only a GET, or a refused connection (nothing was sent), is asked again.
   */
  private async exchange(method: string, path: string, body: Body, options: RequestOptions): Promise<Exchange> {
    const first = this.current;
    for (let tried = 0; ; tried++) {
      try {
        return await this.exchangeOnce(method, path, body, options);
      } catch (error) {
        const retry = error instanceof ClusterUnreachableError && (method === 'GET' || error.reason === 'ECONNREFUSED');
        if (!retry || tried + 1 >= this.bases.length) {
          this.current = first;
          throw error;
        }
        this.current = (this.current + 1) % this.bases.length;
      }
    }
  }

  private async exchangeOnce(method: string, path: string, body: Body, options: RequestOptions): Promise<Exchange> {
    const url = this.url(path);
    const shownUrl = `${this.base.displayBase}${path}`;
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    // One timer for the answer and its body, so a body that stalls half-way cannot hang the caller.
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.base.authorization) headers.authorization = this.base.authorization;
    const init: RequestInit = { method, signal, headers };
    if (body && 'json' in body) {
      init.body = JSON.stringify(body.json);
      headers['content-type'] = 'application/json';
    } else if (body && 'form' in body) {
      init.body = body.form; // fetch sets the multipart boundary itself
    }
    let response: Response | undefined;
    let bytes: Uint8Array | undefined;
    try {
      response = await fetch(url, init);
      bytes = await readCappedBody(response, this.maxBodyBytes);
    } catch (error) {
      throw translate(error, { method, url: shownUrl, timeoutMs, timeout, caller: options.signal, status: response?.status });
    }
    if (bytes === undefined) throw new ResponseTooLargeError({ method, url: shownUrl, status: response.status, maxBytes: this.maxBodyBytes });
    const text = new TextDecoder().decode(bytes);
    if (!response.ok) {
      throw new HttpStatusError({ method, url: shownUrl, status: response.status, statusText: response.statusText, serverErrors: parseErrors(text) });
    }
    return { method, shownUrl, status: response.status, contentType: response.headers.get('content-type') ?? '', text };
  }
}

interface FailureContext {
  method: string;
  url: string;
  timeoutMs: number;
  timeout: AbortSignal;
  caller: AbortSignal | undefined;
  /** Set when the headers had come. */
  status: number | undefined;
}

function translate(error: unknown, context: FailureContext): unknown {
  const { method, url, timeoutMs, status } = context;
  if (context.caller?.aborted) return context.caller.reason;
  if (context.timeout.aborted) return new RestTimeoutError({ method, url, timeoutMs, ...(status !== undefined && { status }) });
  const cause = (error as { cause?: { message?: unknown } } | null)?.cause;
  // fetch refuses ports of the Fetch standard's "bad port" list (6000, 6667 …) before connecting.
  if (cause?.message === 'bad port') {
    return new InvalidRestUrlError({ url, reason: 'fetch refuses this port (it is on the Fetch standard\'s "bad port" list); publish the REST API on another port' });
  }
  const code = networkCode(error);
  if (code) return new ClusterUnreachableError({ method, url, reason: code }, { cause: error });
  // Anything else fetch throws is still a REST failure of this call, not an internal error.
  const reason = error instanceof Error ? error.message : String(error);
  return new FlinkRestError(`${method} ${url} failed: ${reason}`, { cause: error });
}

function unexpected(answer: Exchange, problem: string): UnexpectedResponseError {
  return new UnexpectedResponseError({
    method: answer.method,
    url: answer.shownUrl,
    status: answer.status,
    contentType: answer.contentType,
    problem,
    excerpt: excerpt(answer.text),
  });
}

const EXCERPT_CHARS = 160;

/** The start of a body on one line, control characters escaped, so a message stays short and printable. */
export function excerpt(text: string): string {
  const flat = text.slice(0, EXCERPT_CHARS * 2).replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
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

// undici wraps socket errors (and HPE_* when the port speaks something other than HTTP): TypeError('fetch failed') with cause { code: 'ECONNREFUSED' } (or a nested AggregateError).
function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|HPE_[A-Z_]+)$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      current = errors[0];
      continue;
    }
    current = (current as { cause?: unknown }).cause;
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const inner = (error.cause as { message?: unknown } | undefined)?.message;
    return typeof inner === 'string' && inner.length > 0 ? inner : 'connection failed';
  }
  return undefined;
}
