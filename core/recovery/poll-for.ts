import { setTimeout as delay } from 'node:timers/promises';

export interface PollForOptions {
  timeoutMs: number;
  intervalMs: number;
  signal?: AbortSignal;
}

/**
 * Calls `check` until it returns a value or the time is up (then undefined: the caller turns a
 * timeout into a failed step with what it last saw). Errors from a poll (a REST call during the
 * JobManager's failover) count as "not yet"; an abort is rethrown at once.
 */
export async function pollFor<T>(check: () => Promise<T | undefined>, options: PollForOptions): Promise<T | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      options.signal?.throwIfAborted();
      if (error instanceof PollAbort) throw error.reason;
    }
    if (Date.now() >= deadline) return undefined;
    try {
      await delay(Math.min(options.intervalMs, Math.max(0, deadline - Date.now())), undefined, { signal: options.signal });
    } catch (error) {
      options.signal?.throwIfAborted();
      throw error;
    }
  }
}

/** Thrown inside a check to stop polling with an error instead of treating it as "not yet". */
export class PollAbort extends Error {
  constructor(readonly reason: unknown) {
    super('poll aborted');
  }
}
