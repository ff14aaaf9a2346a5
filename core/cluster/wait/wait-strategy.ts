import { setTimeout as delay } from 'node:timers/promises';
import type { FlinkRestClient } from '../../flink-rest/index.js';
import { WaitFailedError } from '../errors/wait-failed-error.js';
import { WaitTimeoutError } from '../errors/wait-timeout-error.js';

/** The REST calls wait strategies use; a FlinkRestClient fits, and so does a small fake in tests. */
export type WaitRestApi = Pick<FlinkRestClient, 'overview' | 'taskManagers' | 'job' | 'checkpoints'>;

/** What every wait takes: a signal that stops it early (the abort reason is rethrown). */
export interface WaitSignal {
  signal?: AbortSignal;
}

/** A wait that reads only some REST calls: a narrower client (the drill's, a test's) fits. */
export interface WaitRest<K extends keyof WaitRestApi> extends WaitSignal {
  rest: Pick<WaitRestApi, K>;
}

export interface WaitTarget extends WaitSignal {
  rest: WaitRestApi;
  /** Base URL of the REST API / web UI, for HTTP checks. */
  restUrl: string;
}

export interface WaitStrategy<T = unknown, Target extends WaitSignal = WaitTarget> {
  /** What is awaited, in words that fit "waiting for …". */
  readonly description: string;
  withTimeout(ms: number): this;
  withPollInterval(ms: number): this;
  waitUntilReady(target: Target): Promise<T>;
}

/**
 * One poll's outcome: done (with a value), still pending, or never going to happen. A failed check
 * may carry its own error (a savepoint's failure cause), thrown instead of WaitFailedError.
 */
export type CheckResult<T> =
  | { state: 'done'; value: T }
  | { state: 'pending'; seen: string }
  | { state: 'failed'; seen: string; error?: Error };

export const DEFAULT_WAIT_TIMEOUT_MS = 60_000;
export const DEFAULT_POLL_INTERVAL_MS = 250;

/**
 * Polls `check()` until it reports done, fails, or the timeout passes. Subclasses only say what
 * one poll sees; errors thrown by a poll (connection refused while the JM boots) count as "seen".
 */
export abstract class AbstractWaitStrategy<T, Target extends WaitSignal = WaitTarget> implements WaitStrategy<T, Target> {
  protected timeoutMs = DEFAULT_WAIT_TIMEOUT_MS;
  protected pollIntervalMs = DEFAULT_POLL_INTERVAL_MS;
  abstract readonly description: string;

  withTimeout(ms: number): this {
    this.timeoutMs = ms;
    return this;
  }

  withPollInterval(ms: number): this {
    this.pollIntervalMs = ms;
    return this;
  }

  protected abstract check(target: Target): Promise<CheckResult<T>>;

  async waitUntilReady(target: Target): Promise<T> {
    const started = Date.now();
    let lastSeen = 'nothing yet';
    let lastChange = started;
    for (;;) {
      target.signal?.throwIfAborted();
      let result: CheckResult<T>;
      try {
        result = await this.check(target);
      } catch (error) {
        target.signal?.throwIfAborted();
        result = { state: 'pending', seen: describeError(error) };
      }
      const now = Date.now();
      if (result.state === 'done') return result.value;
      if (result.state === 'failed') throw result.error ?? new WaitFailedError({ awaited: this.description, seen: result.seen, elapsedMs: now - started });
      if (result.seen !== lastSeen) {
        lastSeen = result.seen;
        lastChange = now;
      }
      const remaining = this.timeoutMs - (now - started);
      if (remaining <= 0) {
        throw new WaitTimeoutError({ awaited: this.description, lastSeen, elapsedMs: now - started, unchangedMs: now - lastChange });
      }
      try {
        await delay(Math.min(this.pollIntervalMs, remaining), undefined, { signal: target.signal });
      } catch (error) {
        // timers/promises rejects with a generic AbortError; callers expect their own reason.
        target.signal?.throwIfAborted();
        throw error;
      }
    }
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
